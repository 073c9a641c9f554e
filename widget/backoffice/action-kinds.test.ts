import { expect } from '@open-wc/testing';
import { transition } from 'xstate';
import type { AdminDossier, AdminOrder, DossierResponse } from '../../machines/contract.ts';
import {
  completionEvents,
  events,
  orderInput,
  save,
} from '../../machines/dossier/test-fixtures.ts';
import {
  acceptedEvents,
  type DossierEvent,
  type DossierSnapshot,
  dossierMachine,
  initialDossier,
  statusOf,
} from '../../machines/dossier.machine.ts';
import { availableActions, EVENTS, issueBlocked } from './action-kinds.ts';

/**
 * The back office offers exactly what the dossier machine accepts from an operator (issue 17:
 * "Certificat émis" was offered while the machine would refuse it).
 */

function apply(snapshot: DossierSnapshot, ...list: DossierEvent[]): DossierSnapshot {
  let current = snapshot;
  for (const event of list) [current] = transition(dossierMachine, current, event);
  return current;
}

const order = {
  reference: 'CMD-2026-000042',
  method: 'transfer',
  status: 'pending',
} as unknown as AdminOrder;

/** What the API sends for `snapshot` (its `accepts` is the machine's `acceptedEvents`). */
function detailOf(snapshot: DossierSnapshot, orderStatus = 'pending'): AdminDossier {
  const dossier = {
    id: 'd1',
    status: statusOf(snapshot),
    accepts: acceptedEvents(snapshot, 'operator'),
    data: snapshot.context,
  } as unknown as DossierResponse;
  return { dossier, order: { ...order, status: orderStatus } as AdminOrder, history: [] };
}

function shownEvents(detail: AdminDossier): string[] {
  return availableActions(detail).map((kind) => EVENTS[kind]);
}

describe('back-office actions and the dossier machine', () => {
  const inReview = apply(
    initialDossier(orderInput()),
    ...completionEvents({ identity: 'online', delivery: 'mail' }),
    save('signature', { method: 'online' }),
    ...events.signedByBoth(),
  );
  const verified = apply(inReview, events.verified());
  const paid = apply(verified, events.paid(39_600));
  const issued = apply(paid, events.issued());
  const revocationRequested = apply(issued, {
    type: 'revocation.requested',
    reason: 'keyCompromise',
    comment: 'Clé perdue',
    at: '2026-03-02T08:00:00.000Z',
  });
  const revocationRefused = apply(revocationRequested, {
    type: 'revocation.refused',
    reason: 'Le nouveau certificat n’est pas émis',
    at: '2026-03-02T10:00:00.000Z',
  });
  const path = { inReview, verified, paid, issued, revocationRequested, revocationRefused };

  for (const [name, snapshot] of Object.entries(path)) {
    it(`offers, ${name}, only events the machine accepts, and every one it accepts`, () => {
      const detail = detailOf(snapshot, snapshot.context.paid ? 'received' : 'pending');
      const accepted = acceptedEvents(snapshot, 'operator').filter(
        // The ID scan is the buyer's upload; a payment is recorded on the order while awaited.
        (type) =>
          type !== 'identity.documentUploaded' &&
          !(type === 'payment.received' && detail.order.status !== 'pending'),
      );
      const shown = shownEvents(detail);
      for (const event of shown) {
        const probe = { type: event } as DossierEvent;
        expect(
          snapshot.can(probe),
          `${event} offered in ${JSON.stringify(snapshot.value)}`,
        ).to.equal(true);
      }
      expect([...shown].sort()).to.deep.equal([...accepted].sort());
    });
  }

  it('offers "Certificat émis" only once identity is verified and payment received', () => {
    expect(shownEvents(detailOf(inReview))).to.not.include('certificate.issued');
    expect(issueBlocked(detailOf(inReview))).to.equal(true);
    expect(shownEvents(detailOf(verified))).to.not.include('certificate.issued');
    expect(shownEvents(detailOf(paid, 'received'))).to.include('certificate.issued');
    expect(issueBlocked(detailOf(paid, 'received'))).to.equal(false);
    expect(shownEvents(detailOf(issued, 'received'))).to.not.include('certificate.issued');
  });

  it('offers "Révoquer le certificat" and "Refuser la révocation" only while a request awaits', () => {
    const decisions = ['revocation.confirmed', 'revocation.refused'];
    for (const snapshot of [issued, revocationRefused]) {
      for (const event of decisions) {
        expect(shownEvents(detailOf(snapshot, 'received'))).to.not.include(event);
      }
    }
    expect(availableActions(detailOf(revocationRequested, 'received'))).to.include.members([
      'revoke',
      'refuseRevocation',
    ]);
    const revoked = apply(revocationRequested, {
      type: 'revocation.confirmed',
      at: '2026-03-02T10:00:00.000Z',
    });
    expect(statusOf(revoked)).to.equal('revoked');
    expect(availableActions(detailOf(revoked, 'received'))).to.deep.equal([]);
  });
});
