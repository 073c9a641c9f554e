/**
 * Cancelling a dossier (`order.cancelled`, sent by the API's cancellation of an order or of
 * some of its certificates): accepted until the certificate is issued, refused after, refused
 * twice, and never without a reason.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { completionEvents, events, orderInput, save, T } from './dossier/test-fixtures.ts';
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
const signedOnPaper = [
  ...completionEvents({ identity: 'face_to_face', delivery: 'post_office' }),
  save('signature', { method: 'handwritten' }),
  events.choosePaper(),
];
const issuedByMail = [...signedOnline, events.verified(), events.issued()];
const cancel = events.cancelled('Commande en double');

describe('order.cancelled', () => {
  it.each([
    ['to complete', [], 'to_complete'],
    ['awaiting the paper dossier', signedOnPaper, 'awaiting_paper'],
    ['in review', signedOnline, 'in_review'],
    ['verified, awaiting issuance', [...signedOnline, events.verified()], 'in_review'],
  ] as const)('cancels a dossier %s: "Annulé", with the reason and time', (_, list, from) => {
    const before = run(...list);
    expect(statusOf(before)).toBe(from);
    expect(acceptedEvents(before, 'operator')).toContain('order.cancelled');
    const result = applyDossierEvent(persistDossier(before), orderInput(), cancel);
    expect(result.ok && result.status).toBe('cancelled');
    expect(result.ok && result.persisted.context).toMatchObject({
      cancelReason: 'Commande en double',
      cancelledAt: T.paid,
    });
  });

  it.each([
    ['issued', issuedByMail],
    ['shipped', [...issuedByMail, events.shipped()]],
    [
      'at the post office',
      [
        ...signedOnPaper,
        events.paperReceived(),
        events.verified(),
        events.issued(),
        events.atPostOffice(),
      ],
    ],
    ['already cancelled', [cancel]],
    ['refused', [...signedOnline, events.refused()]],
  ] as const)('refuses to cancel a dossier %s, and changes nothing', (_, list) => {
    const before = run(...list);
    expect(acceptedEvents(before, 'operator')).not.toContain('order.cancelled');
    expect(applyDossierEvent(persistDossier(before), orderInput(), cancel)).toEqual({
      ok: false,
      issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
    });
  });

  it('needs a reason', () => {
    const before = run(...signedOnline);
    expect(
      applyDossierEvent(persistDossier(before), orderInput(), events.cancelled('   ')),
    ).toEqual({
      ok: false,
      issues: [{ field: 'cancellation.reason', key: 'validation.required' }],
    });
  });
});
