import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { events, orderInput, T } from './dossier/test-fixtures.ts';
import {
  accept,
  atSignature,
  awaitingPaper,
  inReview,
  issued,
  refuse,
  start,
} from './dossier/test-snapshots.ts';
import {
  acceptedEvents,
  applyDossierEvent,
  dossierMachine,
  persistDossier,
  statusOf,
} from './dossier.machine.ts';

describe('operator back office', () => {
  it('online identity + online signature → verified → paid → issued → shipped', () => {
    let snapshot = inReview();
    snapshot = accept(snapshot, events.verified());
    expect(snapshot.context.identityStatus).toBe('verified');
    expect(statusOf(snapshot)).toBe('awaiting_payment');
    snapshot = accept(snapshot, events.paid(39_600));
    expect(statusOf(snapshot)).toBe('in_review');
    expect(snapshot.context.payment).toEqual({
      amount: 39_600,
      reference: 'BD1734971738',
      chequeNumber: null,
      bank: null,
      receivedAt: T.paid,
    });
    snapshot = accept(snapshot, events.issued('2025-01-10T09:00:00+01:00'));
    expect(snapshot.value).toBe('issued');
    expect(statusOf(snapshot)).toBe('issued');
    expect(snapshot.context.certificate).toEqual({
      serialNumber: '1A2B3C4D5E6F',
      notBefore: '2025-01-10T08:00:00.000Z',
      notAfter: '2028-01-10T08:00:00.000Z',
    });
    snapshot = accept(snapshot, events.shipped('La Poste'));
    expect(snapshot.value).toBe('shipped');
    expect(statusOf(snapshot)).toBe('shipped');
    expect(snapshot.context.shipment).toEqual({
      mode: 'mail',
      carrier: 'La Poste',
      trackingNumber: 'XY123456789FR',
      at: T.shipped,
    });
    for (const actor of ['customer', 'operator'] as const) {
      expect(acceptedEvents(snapshot, actor)).toEqual([]);
    }
    // A shipped certificate may still be revoked at the holder's request (and nothing else).
    expect(acceptedEvents(snapshot, 'system')).toEqual(['revocation.requested']);
  });

  it('face to face + handwritten → paper received → verified → paid → issued → at the post office', () => {
    let snapshot = awaitingPaper({ paymentMethod: 'cheque', validityYears: 1 });
    expect(refuse(snapshot, events.issued())).toEqual({ certificate: expect.any(String) });
    snapshot = accept(snapshot, events.paperReceived());
    expect(snapshot.value).toBe('review');
    expect(snapshot.context).toMatchObject({
      paperReceived: true,
      paperReceivedAt: T.paper,
      completedAt: T.paper,
    });
    snapshot = accept(snapshot, events.verified(), {
      type: 'payment.received',
      amount: 13_200,
      chequeNumber: '1234 567',
      bank: 'Société Générale',
      at: T.paid,
    });
    expect(snapshot.context.payment).toMatchObject({
      chequeNumber: '1234567',
      bank: 'Société Générale',
    });
    snapshot = accept(snapshot, events.issued('2024-02-29T12:00:00Z'));
    expect(snapshot.context.certificate?.notAfter).toBe('2025-02-28T12:00:00.000Z');
    expect(refuse(snapshot, events.shipped())).toEqual({
      'delivery.mode': 'validation.delivery_not_mail',
    });
    snapshot = accept(snapshot, events.atPostOffice());
    expect(snapshot.value).toBe('atPostOffice');
    expect(statusOf(snapshot)).toBe('at_post_office');
    expect(snapshot.context.shipment).toEqual({ mode: 'post_office', at: T.shipped });
  });

  it('refuses the post office hand-over for a certificate sent by mail', () => {
    expect(refuse(issued(), events.atPostOffice())).toEqual({
      'delivery.mode': 'validation.delivery_not_post_office',
    });
  });

  it('records a payment in any state before issuing, once', () => {
    const editing = accept(start(), events.paid());
    expect(editing.context.paid).toBe(true);
    expect(editing.value).toEqual({ editing: 'organisation' });
    expect(refuse(editing, events.paid())).toEqual({ payment: 'validation.already_paid' });
    expect(accept(awaitingPaper(), events.paid()).context.paid).toBe(true);
    expect(refuse(inReview({ paid: true }), events.paid())).toEqual({
      payment: 'validation.already_paid',
    });
    expect(refuse(inReview(), { ...events.paid(), amount: 12.5 })).toEqual({
      'payment.amount': 'validation.amount',
    });
    expect(refuse(inReview(), { ...events.paid(), chequeNumber: '12' })).toEqual({
      'payment.chequeNumber': 'validation.cheque_number',
    });
    expect(issued().can(events.paid())).toBe(false);
  });

  const missing = (...conditions: string[]) =>
    conditions.map((condition) => ({ field: 'certificate', key: `dossier.missing.${condition}` }));

  it.each([
    [
      'an incomplete dossier',
      () => start(),
      missing('dossier_incomplete', 'not_signed', 'identity_not_verified', 'payment_not_received'),
    ],
    [
      'a complete but unsigned dossier (mandate)',
      () => atSignature({}, { paymentMethod: 'mandate' }),
      missing('not_signed', 'identity_not_verified'),
    ],
    [
      'a paper dossier not received yet (paid)',
      () => awaitingPaper({ paid: true }),
      missing('paper_not_received', 'identity_not_verified'),
    ],
    [
      'an unverified identity (paid)',
      () => inReview({ paid: true }),
      missing('identity_not_verified'),
    ],
    [
      'a refused identity (paid)',
      () => accept(inReview({ paid: true }), events.refusedIdentity()),
      missing('identity_not_verified'),
    ],
    [
      'an unpaid transfer',
      () => accept(inReview({ paymentMethod: 'transfer' }), events.verified()),
      missing('payment_not_received'),
    ],
    [
      'an unpaid cheque',
      () => accept(inReview({ paymentMethod: 'cheque' }), events.verified()),
      missing('payment_not_received'),
    ],
  ])('refuses to issue with %s, listing what is missing', (_, build, expected) => {
    const snapshot = build();
    const [after] = transition(dossierMachine, snapshot, events.issued());
    expect(after.context.issues).toEqual(expected);
    expect(after.value).toEqual(snapshot.value);
    expect(acceptedEvents(snapshot, 'operator')).not.toContain('certificate.issued');
  });

  it('issues for an administrative mandate without payment', () => {
    const snapshot = accept(inReview({ paymentMethod: 'mandate' }), events.verified());
    expect(statusOf(snapshot)).toBe('in_review');
    expect(acceptedEvents(snapshot, 'operator')).toContain('certificate.issued');
    expect(accept(snapshot, events.issued()).value).toBe('issued');
  });

  it('refuses an invalid certificate', () => {
    const snapshot = accept(inReview({ paid: true }), events.verified());
    expect(
      refuse(snapshot, { ...events.issued(), serialNumber: 'XYZ', notBefore: '10/01/2025' }),
    ).toEqual({
      'certificate.serialNumber': 'validation.serial_number',
      'certificate.notBefore': 'validation.datetime',
    });
  });

  it('ships Express dossiers with Chronopost only', () => {
    const express = issued({ express: true });
    expect(refuse(express, events.shipped('La Poste'))).toEqual({
      'shipment.carrier': 'validation.express_chronopost',
    });
    expect(refuse(express, { ...events.shipped(), trackingNumber: '#' })).toEqual({
      'shipment.trackingNumber': 'validation.tracking_number',
    });
    expect(accept(express, events.shipped('chronopost')).value).toBe('shipped');
    expect(accept(issued(), events.shipped('Colissimo')).value).toBe('shipped');
  });

  it.each([
    ['editing', () => start()],
    ['to sign', () => atSignature()],
    ['awaiting paper', () => awaitingPaper()],
    ['review', () => inReview()],
  ])('cancels the order from %s', (_, build) => {
    const snapshot = accept(build(), events.cancelled('  Doublon  '));
    expect(snapshot.value).toBe('cancelled');
    expect(statusOf(snapshot)).toBe('cancelled');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context).toMatchObject({ cancelReason: 'Doublon', cancelledAt: T.paid });
    expect(acceptedEvents(snapshot, 'operator')).toEqual([]);
  });

  it('does not cancel once issued, nor without a reason', () => {
    for (const snapshot of [issued(), accept(issued(), events.shipped())]) {
      expect(snapshot.can(events.cancelled())).toBe(false);
      expect(applyDossierEvent(persistDossier(snapshot), orderInput(), events.cancelled())).toEqual(
        {
          ok: false,
          issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
        },
      );
    }
    expect(refuse(inReview(), events.cancelled(''))).toEqual({
      'cancellation.reason': 'validation.required',
    });
  });

  it('refuses a dossier that cannot be accepted, once submitted', () => {
    const snapshot = accept(awaitingPaper(), events.refused());
    expect(snapshot.value).toBe('refused');
    expect(statusOf(snapshot)).toBe('refused');
    expect(snapshot.context.refusalReason).toBe('Organisme radié');
    expect(accept(inReview(), events.refused()).value).toBe('refused');
    expect(start().can(events.refused())).toBe(false);
    expect(refuse(inReview(), events.refused('x'.repeat(501)))).toEqual({
      'refusal.reason': 'validation.too_long',
    });
  });

  it('refuses an online identity, takes a new upload, then verifies it', () => {
    let snapshot = accept(inReview({ paid: true }), events.refusedIdentity('Pièce expirée'));
    expect(snapshot.context).toMatchObject({
      identityStatus: 'refused',
      identityRefusalReason: 'Pièce expirée',
    });
    expect(statusOf(snapshot)).toBe('in_review');
    // Refusing twice is fine (e.g. to correct the reason); verifying needs a new document.
    snapshot = accept(snapshot, events.refusedIdentity('Pièce expirée en 2023'));
    expect(refuse(snapshot, events.verified())).toEqual({
      'identity.document': 'validation.identity_not_submitted',
    });
    expect(acceptedEvents(snapshot, 'system')).toEqual(['identity.documentUploaded']);
    snapshot = accept(snapshot, events.upload('doc-3', '2025-01-11T08:00:00Z'));
    expect(snapshot.context).toMatchObject({
      identityStatus: 'submitted',
      identityDocumentId: 'doc-3',
      identitySubmittedAt: '2025-01-11T08:00:00.000Z',
      identityRefusalReason: null,
      // The signature stands.
      signedAt: T.signed,
    });
    expect(acceptedEvents(snapshot, 'system')).toEqual([]);
    snapshot = accept(snapshot, events.verified());
    expect(refuse(snapshot, events.verified())).toEqual({
      identity: 'validation.identity_already_verified',
    });
    expect(refuse(snapshot, events.refusedIdentity())).toEqual({
      identity: 'validation.identity_already_verified',
    });
    expect(accept(snapshot, events.issued()).value).toBe('issued');
  });

  it('verifies a face-to-face identity without a document, even after a refusal', () => {
    let snapshot = awaitingPaper({ paid: true });
    expect(refuse(snapshot, events.upload())).toEqual({ dossier: 'validation.dossier_read_only' });
    snapshot = accept(snapshot, events.refusedIdentity('Absent au rendez-vous'));
    expect(refuse(snapshot, events.upload())).toEqual({
      'identity.method': 'validation.identity_not_online',
    });
    snapshot = accept(snapshot, events.verified(), events.paperReceived(), events.issued());
    expect(snapshot.value).toBe('issued');
  });
});

// --- status, accepted events -------------------------------------------------------------------
