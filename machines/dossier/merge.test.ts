import { describe, expect, it } from 'vitest';
import { DOSSIER_EVENT_TYPES } from '../schemas/dossier.ts';
import { dossierEventActors } from './events.ts';
import { conflictingEvent, partsTouched } from './merge.ts';

const save = (step: 'organisation' | 'identity' | 'signature') =>
  ({ type: 'dossier.save', step }) as const;

describe('which late events the API may apply on top of newer ones', () => {
  it("merges a buyer's step with an operator's payment, identity check or paper receipt", () => {
    expect(conflictingEvent(save('organisation'), [{ type: 'payment.received' }])).toBeNull();
    expect(conflictingEvent({ type: 'dossier.goTo' }, [{ type: 'identity.verified' }])).toBeNull();
    expect(
      conflictingEvent({ type: 'identity.verified' }, [{ type: 'payment.received' }]),
    ).toBeNull();
    expect(
      conflictingEvent({ type: 'signature.choosePaper' }, [{ type: 'payment.received' }]),
    ).toBeNull();
  });

  it('names the first event that touches the same part: a real conflict', () => {
    const since = [{ type: 'payment.received' }, { type: 'identity.refused' }] as const;
    expect(conflictingEvent(save('identity'), since)).toEqual({ type: 'identity.refused' });
    expect(conflictingEvent(save('organisation'), [save('organisation')])).toEqual(
      save('organisation'),
    );
    expect(conflictingEvent({ type: 'identity.refused' }, [{ type: 'identity.verified' }])).toEqual(
      { type: 'identity.verified' },
    );
    expect(
      conflictingEvent({ type: 'signature.signedOnline' }, [{ type: 'signature.choosePaper' }]),
    ).toEqual({ type: 'signature.choosePaper' });
  });

  it('lets nothing through a cancellation or a refusal', () => {
    for (const type of DOSSIER_EVENT_TYPES) {
      expect(conflictingEvent({ type }, [{ type: 'order.cancelled' }])).not.toBeNull();
      expect(conflictingEvent({ type }, [{ type: 'dossier.refused' }])).not.toBeNull();
    }
  });

  it("never merges two of the buyer's own form events (two tabs)", () => {
    const buyer = DOSSIER_EVENT_TYPES.filter((type) => dossierEventActors[type] === 'customer');
    for (const a of buyer)
      for (const b of buyer) expect(conflictingEvent({ type: a }, [{ type: b }])).not.toBeNull();
    expect(partsTouched(save('signature'))).toContain('signature');
  });
});
