/**
 * Revoking a certificate: the holder's request (`revocation.requested`, recorded once the
 * e-mailed code is entered), then the operator's decision (`revocation.confirmed` → "Révoqué",
 * or `revocation.refused`, the certificate stays valid). Only a valid certificate is revoked,
 * never twice, and a request needs a reason from the RFC 5280 list.
 */

import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { completionEvents, events, orderInput, save } from './dossier/test-fixtures.ts';
import {
  acceptedEvents,
  applyDossierEvent,
  type DossierEvent,
  type DossierSnapshot,
  dossierMachine,
  initialDossier,
  persistDossier,
  statusOf,
} from './dossier.machine.ts';
import type { RevocationReason } from './schemas/dossier.ts';

const AT = {
  requested: '2026-03-02T08:00:00.000Z',
  decided: '2026-03-02T10:30:00.000Z',
} as const;

function run(...list: DossierEvent[]): DossierSnapshot {
  let snapshot = initialDossier(orderInput({ paid: true }));
  for (const event of list) {
    [snapshot] = transition(dossierMachine, snapshot, event);
    expect(snapshot.context.issues, event.type).toEqual([]);
  }
  return snapshot;
}

const signedOnline = [
  ...completionEvents({ identity: 'online', delivery: 'mail' }),
  save('signature', { method: 'online' }),
  ...events.signedByBoth(),
];
const issued = [...signedOnline, events.verified(), events.issued()];
const requested = (reason: RevocationReason = 'keyCompromise', comment = 'Clé USB perdue') =>
  ({ type: 'revocation.requested', reason, comment, at: AT.requested }) as const;
const confirmed = { type: 'revocation.confirmed', at: AT.decided } as const;
const refusedRevocation = (reason = 'Demande non signée par le représentant') =>
  ({ type: 'revocation.refused', reason, at: AT.decided }) as const;

const apply = (before: DossierSnapshot, event: DossierEvent) =>
  applyDossierEvent(persistDossier(before), orderInput(), event);

describe('revocation', () => {
  it.each([
    ['issued', issued, 'issued'],
    ['shipped', [...issued, events.shipped()], 'shipped'],
  ] as const)(
    'a certificate %s: requested, then confirmed → "Révoqué" with date and reason',
    (_, list, from) => {
      const before = run(...list);
      const request = apply(before, requested());
      expect(request.ok && request.status).toBe(from);
      expect(request.ok && request.persisted.context.revocation).toEqual({
        reason: 'keyCompromise',
        comment: 'Clé USB perdue',
        requestedAt: AT.requested,
        status: 'requested',
        refusalReason: null,
        decidedAt: null,
      });
      if (!request.ok) return;
      expect(acceptedEvents(request.snapshot, 'operator')).toEqual(
        expect.arrayContaining(['revocation.confirmed', 'revocation.refused']),
      );
      const done = apply(request.snapshot, confirmed);
      expect(done.ok && done.status).toBe('revoked');
      expect(done.ok && done.persisted.context).toMatchObject({
        revokedAt: AT.decided,
        revocation: { reason: 'keyCompromise', decidedAt: AT.decided },
      });
    },
  );

  it('at the post office too', () => {
    const before = run(
      ...completionEvents({ identity: 'face_to_face', delivery: 'post_office' }),
      save('signature', { method: 'handwritten' }),
      events.choosePaper(),
      events.paperReceived(),
      events.verified(),
      events.issued(),
      events.atPostOffice(),
      requested('cessationOfOperation', ''),
    );
    expect(statusOf(before)).toBe('at_post_office');
    const done = apply(before, confirmed);
    expect(done.ok && done.status).toBe('revoked');
  });

  it('refused by the operator: the certificate stays valid and may be requested again', () => {
    const before = run(...issued, requested());
    const refusal = apply(before, refusedRevocation());
    expect(refusal.ok && refusal.status).toBe('issued');
    expect(refusal.ok && refusal.persisted.context.revocation).toMatchObject({
      status: 'refused',
      refusalReason: 'Demande non signée par le représentant',
      decidedAt: AT.decided,
    });
    if (!refusal.ok) return;
    expect(acceptedEvents(refusal.snapshot, 'operator')).not.toContain('revocation.confirmed');
    const again = apply(refusal.snapshot, requested('superseded', ''));
    expect(again.ok && again.persisted.context.revocation?.status).toBe('requested');
  });

  it('refuses a second request while one is pending, and changes nothing', () => {
    const before = run(...issued, requested());
    expect(apply(before, requested('superseded', ''))).toEqual({
      ok: false,
      issues: [{ field: 'revocation', key: 'validation.revocation_pending' }],
    });
  });

  it('refuses to revoke twice: a revoked certificate takes no more revocation events', () => {
    const revoked = run(...issued, requested(), confirmed);
    expect(statusOf(revoked)).toBe('revoked');
    expect(acceptedEvents(revoked, 'operator')).toEqual([]);
    for (const event of [requested(), confirmed, refusedRevocation()]) {
      expect(apply(revoked, event)).toEqual({
        ok: false,
        issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
      });
    }
  });

  it('refuses the decision when nothing was requested', () => {
    const before = run(...issued);
    expect(acceptedEvents(before, 'operator')).not.toContain('revocation.confirmed');
    expect(apply(before, confirmed)).toEqual({
      ok: false,
      issues: [{ field: 'revocation', key: 'validation.revocation_none' }],
    });
    expect(apply(before, refusedRevocation())).toEqual({
      ok: false,
      issues: [{ field: 'revocation', key: 'validation.revocation_none' }],
    });
  });

  it.each([
    ['to complete', []],
    ['in review', signedOnline],
    ['cancelled', [events.cancelled()]],
    ['refused', [...signedOnline, events.refused()]],
  ] as const)('refuses to revoke a certificate not issued (%s)', (_, list) => {
    expect(apply(run(...list), requested())).toEqual({
      ok: false,
      issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
    });
  });

  it('needs a reason from the RFC 5280 list, and a reason for a refusal', () => {
    const before = run(...issued);
    const bad = { ...requested(), reason: 'unspecified' } as unknown as DossierEvent;
    expect(apply(before, bad)).toEqual({
      ok: false,
      issues: [{ field: 'revocation.reason', key: 'validation.revocation_reason' }],
    });
    const pending = run(...issued, requested());
    expect(apply(pending, refusedRevocation('  '))).toEqual({
      ok: false,
      issues: [{ field: 'revocation.reason', key: 'validation.required' }],
    });
  });
});
