import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import type { DossierStatus } from './contract.ts';
import {
  completionEvents,
  events,
  goTo,
  mandataireData,
  orderInput,
  organisationData,
  save,
  T,
} from './dossier/test-fixtures.ts';
import {
  acceptedEvents,
  applyDossierEvent,
  type DossierActor,
  type DossierEvent,
  type DossierEventType,
  type DossierInput,
  type DossierSnapshot,
  dossierEventActors,
  dossierMachine,
  initialDossier,
  isCustomerEditable,
  type PersistedDossier,
  persistDossier,
  restoreDossier,
  stampDossierEvent,
  statusOf,
  stepOf,
} from './dossier.machine.ts';
import { DOSSIER_EVENT_TYPES } from './schemas/dossier.ts';

// --- helpers --------------------------------------------------------------------------------

/** Applies events that must all be accepted (no issues, handled by the state). */
function accept(snapshot: DossierSnapshot, ...list: DossierEvent[]): DossierSnapshot {
  let current = snapshot;
  for (const event of list) {
    expect(current.can(event), `${event.type} handled in ${JSON.stringify(current.value)}`).toBe(
      true,
    );
    [current] = transition(dossierMachine, current, event);
    expect(current.context.issues, `${event.type} accepted`).toEqual([]);
  }
  return current;
}

/** Applies a refused event: returns its issues, and checks that nothing else changed. */
function refuse(snapshot: DossierSnapshot, event: DossierEvent): Record<string, string> {
  const [after] = transition(dossierMachine, snapshot, event);
  expect(after.context.issues.length, `${event.type} refused`).toBeGreaterThan(0);
  expect(withoutIssues(persistDossier(after))).toEqual(withoutIssues(persistDossier(snapshot)));
  return Object.fromEntries(after.context.issues.map((issue) => [issue.field, issue.key]));
}

function withoutIssues(persisted: PersistedDossier): PersistedDossier {
  return { ...persisted, context: { ...persisted.context, issues: [] } };
}

function start(overrides: Partial<DossierInput> = {}): DossierSnapshot {
  return initialDossier(orderInput(overrides));
}

/** At the signature screen, complete. */
function atSignature(
  options: { identity?: 'online' | 'face_to_face'; delivery?: 'post_office' | 'mail' } = {},
  input: Partial<DossierInput> = {},
): DossierSnapshot {
  return accept(
    start(input),
    ...completionEvents({
      identity: options.identity ?? 'online',
      delivery: options.delivery ?? 'mail',
    }),
  );
}

/** Signed online: in review. */
function inReview(input: Partial<DossierInput> = {}, delivery: 'mail' | 'post_office' = 'mail') {
  return accept(
    atSignature({ identity: 'online', delivery }, input),
    save('signature', { method: 'online' }),
    events.codeSent(),
    events.signedOnline(),
  );
}

/** Face to face, signed by hand: awaiting the paper dossier. */
function awaitingPaper(input: Partial<DossierInput> = {}) {
  return accept(
    atSignature({ identity: 'face_to_face', delivery: 'post_office' }, input),
    save('signature', { method: 'handwritten' }),
    events.choosePaper(),
  );
}

function issued(input: Partial<DossierInput> = {}, delivery: 'mail' | 'post_office' = 'mail') {
  return accept(inReview({ paid: true, ...input }, delivery), events.verified(), events.issued());
}

// --- completion steps --------------------------------------------------------------------------

describe('dossier completion', () => {
  it('starts at Organisme, "Demande à compléter", with the order facts', () => {
    const snapshot = start({
      paid: true,
      express: true,
      prefill: { contact: { ...mandataireData, phone: '01 02 03 04 05' } },
    });
    expect(snapshot.value).toEqual({ editing: 'organisation' });
    expect(statusOf(snapshot)).toBe('to_complete');
    expect(stepOf(snapshot)).toBe('organisation');
    expect(isCustomerEditable(snapshot)).toBe(true);
    expect(snapshot.context).toMatchObject({
      orderReference: 'BD1734971738',
      validityYears: 3,
      express: true,
      paid: true,
      organisation: null,
      mandataire: null,
      identityStatus: 'none',
      issues: [],
    });
    // The prefill is a draft for the screens, never a saved step.
    expect(snapshot.context.prefill?.contact?.lastName).toBe('POQUELIN');
    expect(refuse(snapshot, goTo('mandataire'))).toEqual({ step: 'validation.step_locked' });
  });

  it('stores each valid step normalised and moves to the next one', () => {
    let snapshot = accept(start(), save('organisation', organisationData));
    expect(snapshot.value).toEqual({ editing: 'mandataire' });
    expect(snapshot.context.organisation).toEqual({ ...organisationData, siret: '81234567600017' });
    snapshot = accept(snapshot, save('mandataire', mandataireData));
    expect(snapshot.value).toEqual({ editing: 'beneficiaire' });
    expect(snapshot.context.mandataire).toEqual({
      civility: 'MR',
      firstName: 'Jean-Baptiste',
      lastName: 'POQUELIN',
      email: 'jb.poquelin@moliere.fr',
      mobile: '+33612345678',
      function: 'Directeur',
    });
    snapshot = accept(snapshot, save('beneficiaire', { sameAsMandataire: true, person: {} }));
    expect(snapshot.context.beneficiaire).toEqual({ sameAsMandataire: true });
    expect(snapshot.value).toEqual({ editing: 'delivery' });
    snapshot = accept(snapshot, save('delivery', { recipient: 'mandataire', mode: 'post_office' }));
    expect(snapshot.value).toEqual({ editing: 'identity' });
    snapshot = accept(snapshot, save('identity', { method: 'face_to_face' }));
    expect(snapshot.value).toEqual({ editing: 'signature' });
    expect(statusOf(snapshot)).toBe('to_sign');
    snapshot = accept(snapshot, save('signature', { method: 'handwritten' }));
    expect(snapshot.value).toEqual({ editing: 'signature' });
    expect(snapshot.context.signature).toEqual({ method: 'handwritten' });
  });

  it.each([
    [
      'organisation',
      { ...organisationData, siret: '81234567600018' },
      'organisation.siret',
      'validation.siret_checksum',
    ],
    [
      'organisation',
      { ...organisationData, postalCode: '7501' },
      'organisation.postalCode',
      'validation.postal_code',
    ],
    [
      'organisation',
      { ...organisationData, name: '  ' },
      'organisation.name',
      'validation.required',
    ],
  ] as const)('refuses invalid %s data and stays (%s → %s)', (step, data, field, key) => {
    const snapshot = start();
    expect(refuse(snapshot, save(step, data))).toEqual({ [field]: key });
  });

  it.each([
    [{ ...mandataireData, mobile: '01 02 03 04 05' }, 'mandataire.mobile', 'validation.mobile_fr'],
    [{ ...mandataireData, mobile: '' }, 'mandataire.mobile', 'validation.required'],
    [{ ...mandataireData, email: 'jb@' }, 'mandataire.email', 'validation.email'],
    [{ ...mandataireData, civility: 'MLLE' }, 'mandataire.civility', 'validation.civility'],
    [
      { ...mandataireData, lastName: 'x'.repeat(101) },
      'mandataire.lastName',
      'validation.too_long',
    ],
    [{ ...mandataireData, function: undefined }, 'mandataire.function', 'validation.required'],
  ])('refuses a mandataire with %# → %s %s', (data, field, key) => {
    const snapshot = accept(start(), save('organisation', organisationData));
    expect(refuse(snapshot, save('mandataire', data))).toEqual({ [field]: key });
    expect(snapshot.value).toEqual({ editing: 'mandataire' });
  });

  it('needs the bénéficiaire unless it is the mandataire', () => {
    const snapshot = accept(
      start(),
      save('organisation', organisationData),
      save('mandataire', mandataireData),
    );
    expect(refuse(snapshot, save('beneficiaire', { sameAsMandataire: false }))).toEqual({
      'beneficiaire.person': 'validation.required',
    });
    expect(refuse(snapshot, save('beneficiaire', {}))).toEqual({
      'beneficiaire.sameAsMandataire': 'validation.required',
    });
    expect(
      refuse(
        snapshot,
        save('beneficiaire', {
          sameAsMandataire: false,
          person: { ...mandataireData, mobile: '0102030405' },
        }),
      ),
    ).toEqual({ 'beneficiaire.person.mobile': 'validation.mobile_fr' });
  });

  it('refuses a step not reached yet, an unknown step and data that is not an object', () => {
    const snapshot = accept(start(), save('organisation', organisationData));
    expect(refuse(snapshot, save('delivery', { recipient: 'mandataire', mode: 'mail' }))).toEqual({
      step: 'validation.step_locked',
    });
    expect(refuse(snapshot, { type: 'dossier.goTo', step: 'payment' as never })).toEqual({
      step: 'validation.step',
    });
    expect(
      refuse(snapshot, { type: 'dossier.save', step: 'mandataire', data: [] as never }),
    ).toEqual({ mandataire: 'validation.type' });
  });

  it('goes back to any earlier step before signing, forward only to reachable steps', () => {
    let snapshot = atSignature();
    snapshot = accept(snapshot, goTo('organisation'));
    expect(snapshot.value).toEqual({ editing: 'organisation' });
    expect(statusOf(snapshot)).toBe('to_sign');
    snapshot = accept(snapshot, goTo('identity'), goTo('mandataire'), goTo('signature'));
    expect(snapshot.value).toEqual({ editing: 'signature' });
    // Saving an earlier step moves to the step after it.
    snapshot = accept(snapshot, goTo('beneficiaire'), save('mandataire', mandataireData));
    expect(snapshot.value).toEqual({ editing: 'beneficiaire' });

    const partial = accept(
      start(),
      save('organisation', organisationData),
      save('mandataire', mandataireData),
      goTo('organisation'),
    );
    expect(accept(partial, goTo('beneficiaire')).value).toEqual({ editing: 'beneficiaire' });
    expect(refuse(partial, goTo('delivery'))).toEqual({ step: 'validation.step_locked' });
    expect(refuse(partial, goTo('signature'))).toEqual({ step: 'validation.step_locked' });
  });

  it('refuses delivery by mail with a face-to-face identity check, in either order', () => {
    const toDelivery = accept(
      start(),
      save('organisation', organisationData),
      save('mandataire', mandataireData),
      save('beneficiaire', { sameAsMandataire: true }),
    );
    // Mail first, then face to face.
    const mail = accept(toDelivery, save('delivery', { recipient: 'beneficiaire', mode: 'mail' }));
    expect(refuse(mail, save('identity', { method: 'face_to_face' }))).toEqual({
      'identity.method': 'validation.mail_requires_online_identity',
    });
    // Face to face first, then mail.
    const faceToFace = accept(
      toDelivery,
      save('delivery', { recipient: 'beneficiaire', mode: 'post_office' }),
      save('identity', { method: 'face_to_face' }),
      goTo('delivery'),
    );
    expect(
      refuse(faceToFace, save('delivery', { recipient: 'beneficiaire', mode: 'mail' })),
    ).toEqual({ 'delivery.mode': 'validation.mail_requires_online_identity' });
    // Online identity: mail is fine, and post office with face to face too.
    accept(mail, save('identity', { method: 'online' }));
  });

  it('takes the ID scan only for an online check, and forgets it when the method changes', () => {
    const toIdentity = accept(
      start(),
      ...completionEvents({ identity: 'face_to_face', delivery: 'post_office' }),
    );
    expect(refuse(toIdentity, events.upload())).toEqual({
      'identity.method': 'validation.identity_not_online',
    });
    let snapshot = accept(toIdentity, save('identity', { method: 'online' }));
    expect(statusOf(snapshot)).toBe('to_complete');
    expect(refuse(snapshot, events.upload(''))).toEqual({
      'identity.documentId': 'validation.required',
    });
    snapshot = accept(snapshot, events.upload('doc-9'));
    expect(snapshot.context).toMatchObject({
      documentUploaded: true,
      identityDocumentId: 'doc-9',
      identityStatus: 'submitted',
      identitySubmittedAt: T.upload,
    });
    expect(statusOf(snapshot)).toBe('to_sign');
    snapshot = accept(snapshot, save('identity', { method: 'face_to_face' }));
    expect(snapshot.context).toMatchObject({
      documentUploaded: false,
      identityDocumentId: null,
      identityStatus: 'none',
    });
  });

  it('refuses an event time that is not an ISO date-time', () => {
    const snapshot = atSignature();
    expect(refuse(snapshot, { ...events.upload(), at: 'yesterday' })).toEqual({
      at: 'validation.datetime',
    });
  });
});

// --- signing ------------------------------------------------------------------------------------

describe('signing', () => {
  it('signs online with the SMS code: À signer → En cours de vérification', () => {
    let snapshot = atSignature();
    expect(statusOf(snapshot)).toBe('to_sign');
    expect(refuse(snapshot, events.codeSent())).toEqual({
      'signature.method': 'validation.signature_method',
    });
    snapshot = accept(snapshot, save('signature', { method: 'online' }));
    expect(refuse(snapshot, events.signedOnline())).toEqual({
      'signature.code': 'validation.signature_code_required',
    });
    snapshot = accept(snapshot, events.codeSent(12));
    expect(snapshot.context).toMatchObject({ codeSentAt: T.code, codeSentForVersion: 12 });
    snapshot = accept(snapshot, events.signedOnline());
    expect(snapshot.value).toBe('review');
    expect(statusOf(snapshot)).toBe('in_review');
    expect(snapshot.context).toMatchObject({
      signedAt: T.signed,
      signatureMethod: 'online',
      completedAt: T.signed,
      codeSentForVersion: null,
    });
  });

  it('voids a sent code on any save', () => {
    let snapshot = accept(
      atSignature(),
      save('signature', { method: 'online' }),
      events.codeSent(),
    );
    snapshot = accept(snapshot, goTo('organisation'), save('organisation', organisationData));
    expect(snapshot.context.codeSentForVersion).toBeNull();
    expect(snapshot.context.codeSentAt).toBeNull();
    snapshot = accept(snapshot, goTo('signature'));
    expect(refuse(snapshot, events.signedOnline())).toEqual({
      'signature.code': 'validation.signature_code_required',
    });
    snapshot = accept(snapshot, events.codeSent(13), events.signedOnline());
    expect(snapshot.value).toBe('review');
  });

  it('needs the online identity document before signing', () => {
    const snapshot = accept(
      start(),
      ...completionEvents({ identity: 'online', delivery: 'mail' }).slice(0, -1),
      save('signature', { method: 'online' }),
    );
    expect(refuse(snapshot, events.codeSent())).toEqual({
      'identity.document': 'validation.identity_document_required',
    });
    expect(refuse(snapshot, events.signedOnline())).toEqual({
      'identity.document': 'validation.identity_document_required',
      'signature.code': 'validation.signature_code_required',
    });
  });

  it('signs by hand: À signer → En attente du dossier papier', () => {
    let snapshot = atSignature({ identity: 'face_to_face', delivery: 'post_office' });
    expect(refuse(snapshot, events.choosePaper())).toEqual({
      'signature.method': 'validation.signature_method',
    });
    snapshot = accept(snapshot, save('signature', { method: 'handwritten' }));
    expect(refuse(snapshot, events.codeSent())).toEqual({
      'signature.method': 'validation.signature_method',
    });
    snapshot = accept(snapshot, events.choosePaper());
    expect(snapshot.value).toBe('awaitingPaper');
    expect(statusOf(snapshot)).toBe('awaiting_paper');
    expect(snapshot.context).toMatchObject({
      signedAt: T.signed,
      signatureMethod: 'handwritten',
      completedAt: null,
    });
  });

  it('handles the signing events only on the signature screen', () => {
    const snapshot = accept(
      atSignature(),
      save('signature', { method: 'online' }),
      goTo('identity'),
    );
    expect(snapshot.can(events.codeSent())).toBe(false);
    expect(applyDossierEvent(persistDossier(snapshot), orderInput(), events.codeSent())).toEqual({
      ok: false,
      issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
    });
  });

  it('is read-only for the buyer once signed', () => {
    const states = {
      awaitingPaper: awaitingPaper(),
      review: inReview(),
      issued: issued(),
      shipped: accept(issued(), events.shipped()),
      cancelled: accept(inReview(), events.cancelled()),
      refused: accept(inReview(), events.refused()),
    };
    for (const snapshot of Object.values(states)) {
      expect(isCustomerEditable(snapshot)).toBe(false);
      expect(stepOf(snapshot)).toBeNull();
      expect(refuse(snapshot, save('organisation', organisationData))).toEqual({
        dossier: 'validation.dossier_read_only',
      });
      expect(refuse(snapshot, goTo('organisation'))).toEqual({
        dossier: 'validation.dossier_read_only',
      });
      expect(acceptedEvents(snapshot, 'customer')).toEqual([]);
    }
    expect(refuse(states.review, events.upload())).toEqual({
      dossier: 'validation.dossier_read_only',
    });
  });
});

// --- operator -----------------------------------------------------------------------------------

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
    for (const actor of ['customer', 'operator', 'system'] as const) {
      expect(acceptedEvents(snapshot, actor)).toEqual([]);
    }
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

describe('statusOf', () => {
  it.each<[string, () => DossierSnapshot, DossierStatus]>([
    ['editing, incomplete', () => start(), 'to_complete'],
    [
      'editing, at the signature without the ID scan',
      () =>
        accept(start(), ...completionEvents({ identity: 'online', delivery: 'mail' }).slice(0, -1)),
      'to_complete',
    ],
    ['editing, complete', () => atSignature(), 'to_sign'],
    ['awaitingPaper', () => awaitingPaper(), 'awaiting_paper'],
    ['review', () => inReview(), 'in_review'],
    [
      'review, verified, transfer unpaid',
      () => accept(inReview(), events.verified()),
      'awaiting_payment',
    ],
    [
      'review, verified, cheque unpaid',
      () => accept(inReview({ paymentMethod: 'cheque' }), events.verified()),
      'awaiting_payment',
    ],
    [
      'review, verified, mandate unpaid',
      () => accept(inReview({ paymentMethod: 'mandate' }), events.verified()),
      'in_review',
    ],
    ['review, paid, not verified', () => accept(inReview(), events.paid()), 'in_review'],
    ['issued', () => issued(), 'issued'],
    ['shipped', () => accept(issued(), events.shipped()), 'shipped'],
    [
      'atPostOffice',
      () => accept(issued({}, 'post_office'), events.atPostOffice()),
      'at_post_office',
    ],
    ['cancelled', () => accept(start(), events.cancelled()), 'cancelled'],
    ['refused', () => accept(inReview(), events.refused()), 'refused'],
  ])('%s → %s', (_, build, status) => {
    const snapshot = build();
    expect(statusOf(snapshot)).toBe(status);
    // The same from the stored form.
    expect(statusOf(persistDossier(snapshot))).toBe(status);
  });
});

describe('acceptedEvents', () => {
  const table: Array<[string, () => DossierSnapshot, Record<DossierActor, DossierEventType[]>]> = [
    [
      'a fresh dossier (transfer, unpaid)',
      () => start(),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: [],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'the signature screen, online identity, no method yet',
      () => atSignature(),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: ['identity.documentUploaded'],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'online signature, code sent',
      () => accept(atSignature(), save('signature', { method: 'online' }), events.codeSent()),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: ['identity.documentUploaded', 'signature.codeSent', 'signature.signedOnline'],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'handwritten signature chosen (paid)',
      () =>
        accept(
          atSignature({ identity: 'face_to_face', delivery: 'post_office' }, { paid: true }),
          save('signature', { method: 'handwritten' }),
        ),
      {
        customer: ['dossier.save', 'dossier.goTo', 'signature.choosePaper'],
        system: [],
        operator: ['order.cancelled'],
      },
    ],
    [
      'awaiting the paper dossier (face to face)',
      () => awaitingPaper(),
      {
        customer: [],
        system: [],
        operator: [
          'paper.received',
          'identity.verified',
          'identity.refused',
          'payment.received',
          'order.cancelled',
          'dossier.refused',
        ],
      },
    ],
    [
      'review, verified and paid',
      () => accept(inReview({ paid: true }), events.verified()),
      {
        customer: [],
        system: [],
        operator: ['certificate.issued', 'order.cancelled', 'dossier.refused'],
      },
    ],
    [
      'issued, by mail',
      () => issued(),
      { customer: [], system: [], operator: ['certificate.shipped'] },
    ],
    [
      'issued, at a post office',
      () => issued({}, 'post_office'),
      { customer: [], system: [], operator: ['certificate.atPostOffice'] },
    ],
    [
      'refused',
      () => accept(inReview(), events.refused()),
      { customer: [], system: [], operator: [] },
    ],
  ];

  it.each(table)('%s', (_, build, expected) => {
    const snapshot = build();
    for (const actor of ['customer', 'system', 'operator'] as const) {
      expect(acceptedEvents(snapshot, actor), actor).toEqual(expected[actor]);
    }
  });

  it('names an actor for every event type', () => {
    expect(Object.keys(dossierEventActors).sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });
});

// --- applyDossierEvent, persistence --------------------------------------------------------------

describe('applyDossierEvent', () => {
  it('creates, applies and persists as plain JSON', () => {
    const first = applyDossierEvent(null, orderInput(), save('organisation', organisationData));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.status).toBe('to_complete');
    expect(first.changed).toBe(true);
    expect(JSON.parse(JSON.stringify(first.persisted))).toEqual(first.persisted);
    expect(first.persisted.value).toEqual({ editing: 'mandataire' });

    const second = applyDossierEvent(first.persisted, orderInput(), goTo('mandataire'));
    expect(second).toMatchObject({ ok: true, changed: false });
    const back = applyDossierEvent(first.persisted, orderInput(), goTo('organisation'));
    expect(back).toMatchObject({ ok: true, changed: true, status: 'to_complete' });
  });

  it('reports a refusal with its issues and nothing to store', () => {
    expect(applyDossierEvent(null, orderInput(), save('delivery', {}))).toEqual({
      ok: false,
      issues: [{ field: 'step', key: 'validation.step_locked' }],
    });
    expect(
      applyDossierEvent(null, orderInput(), { type: 'nope' } as unknown as DossierEvent),
    ).toEqual({ ok: false, issues: [{ field: 'type', key: 'validation.event_not_allowed' }] });
    expect(applyDossierEvent(null, orderInput(), events.paperReceived())).toEqual({
      ok: false,
      issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
    });
  });

  it('stamps the API time on every event but save and goTo', () => {
    expect(stampDossierEvent({ type: 'paper.received' }, T.paper)).toEqual({
      type: 'paper.received',
      at: T.paper,
    });
    expect(stampDossierEvent({ type: 'dossier.goTo', step: 'delivery' }, T.paper)).toEqual({
      type: 'dossier.goTo',
      step: 'delivery',
    });
  });

  it('behaves like a live actor', () => {
    const input = orderInput({ paid: true });
    const actor = createActor(dossierMachine, { input }).start();
    let persisted: PersistedDossier | null = null;
    const list: DossierEvent[] = [
      ...completionEvents({ identity: 'online', delivery: 'mail' }),
      save('signature', { method: 'online' }),
      events.codeSent(),
      events.signedOnline(),
      events.verified(),
      events.issued(),
      events.shipped(),
    ];
    for (const event of list) {
      actor.send(event);
      const result = applyDossierEvent(persisted, input, event);
      expect(result.ok).toBe(true);
      if (result.ok) persisted = result.persisted;
      expect(persisted).toEqual(persistDossier(actor.getSnapshot()));
    }
    expect(statusOf(actor.getSnapshot())).toBe('shipped');
  });

  // Events of every kind, valid and invalid, for random walks.
  const steps = [
    'organisation',
    'mandataire',
    'beneficiaire',
    'delivery',
    'identity',
    'signature',
  ] as const;
  const at = fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })
    .map((ms) => new Date(ms).toISOString());
  const progressArbitrary: fc.Arbitrary<DossierEvent> = fc.oneof(
    fc.constantFrom<DossierEvent>(
      save('organisation', organisationData),
      save('organisation', { ...organisationData, siret: '1' }),
      save('mandataire', mandataireData),
      save('mandataire', { ...mandataireData, mobile: '0102030405' }),
      save('beneficiaire', { sameAsMandataire: true }),
      save('beneficiaire', { sameAsMandataire: false }),
      save('delivery', { recipient: 'mandataire', mode: 'mail' }),
      save('delivery', { recipient: 'beneficiaire', mode: 'post_office' }),
      save('identity', { method: 'online' }),
      save('identity', { method: 'face_to_face' }),
      save('signature', { method: 'online' }),
      save('signature', { method: 'handwritten' }),
      save('signature', { method: 'quill' }),
    ),
    fc.constantFrom(...steps).map(goTo),
    at.map((time) => events.upload('doc', time)),
    fc.nat({ max: 50 }).chain((version) => at.map((time) => events.codeSent(version, time))),
    at.map(events.signedOnline),
    at.map(events.choosePaper),
    at.map(events.paperReceived),
    at.map(events.verified),
    at.map((time) => events.refusedIdentity('Illisible', time)),
    at.map((time) => events.paid(13_200, time)),
    at.map((time) => events.issued('2025-06-01T00:00:00Z', time)),
    fc
      .constantFrom('Chronopost', 'La Poste')
      .chain((carrier) => at.map((time) => events.shipped(carrier, time))),
    at.map(events.atPostOffice),
  );
  /** Cancelling and refusing end a walk: rarer. */
  const eventArbitrary: fc.Arbitrary<DossierEvent> = fc.oneof(
    { arbitrary: progressArbitrary, weight: 30 },
    { arbitrary: at.map((time) => events.cancelled('Annulée', time)), weight: 1 },
    { arbitrary: at.map((time) => events.refused('Refusé', time)), weight: 1 },
  );
  const inputArbitrary = fc.record({
    express: fc.boolean(),
    paid: fc.boolean(),
    paymentMethod: fc.constantFrom('mandate' as const, 'transfer' as const, 'cheque' as const),
  });

  /** The usual paths, to the end: a walk follows one of them for a while, then goes random. */
  const paths: Record<'online' | 'paper', DossierEvent[]> = {
    online: [
      ...completionEvents({ identity: 'online', delivery: 'mail' }),
      save('signature', { method: 'online' }),
      events.codeSent(),
      events.signedOnline(),
      events.refusedIdentity(),
      events.upload(),
      events.verified(),
      events.paid(),
      events.issued(),
      events.shipped(),
    ],
    paper: [
      ...completionEvents({ identity: 'face_to_face', delivery: 'post_office' }),
      save('signature', { method: 'handwritten' }),
      events.choosePaper(),
      events.paid(),
      events.paperReceived(),
      events.verified(),
      events.issued(),
      events.atPostOffice(),
    ],
  };
  const walkArbitrary = fc.record({
    input: inputArbitrary,
    path: fc.constantFrom('online' as const, 'paper' as const),
    length: fc.nat({ max: 16 }),
    events: fc.array(eventArbitrary, { maxLength: 25 }),
  });
  type Walk = typeof walkArbitrary extends fc.Arbitrary<infer W> ? W : never;
  const eventsOf = (walk: Walk) => [...paths[walk.path].slice(0, walk.length), ...walk.events];

  it('restored from JSON after every event, behaves like the live machine (fast-check)', () => {
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const input = orderInput(walk.input);
        const list = eventsOf(walk);
        let live = initialDossier(input);
        let stored: PersistedDossier | null = null;
        for (const event of list) {
          const [next] = transition(dossierMachine, live, event);
          const accepted = live.can(event) && next.context.issues.length === 0;
          const result = applyDossierEvent(
            stored === null ? null : JSON.parse(JSON.stringify(stored)),
            input,
            event,
          );
          expect(result.ok).toBe(accepted);
          if (accepted) {
            live = next;
            if (result.ok) {
              stored = result.persisted;
              expect(result.status).toBe(statusOf(live));
            }
          } else if (!result.ok && live.can(event)) {
            expect(result.issues).toEqual(next.context.issues);
          }
          const current = stored ?? persistDossier(initialDossier(input));
          expect(current).toEqual(persistDossier(live));
          expect(statusOf(restoreDossier(current))).toBe(statusOf(live));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the event types a valid payload gets accepted for (fast-check)', () => {
    /** A valid payload of each operator and system type, and of the buyer's signing choice. */
    const valid: Partial<Record<DossierEventType, DossierEvent>> = {
      'identity.documentUploaded': events.upload(),
      'signature.codeSent': events.codeSent(),
      'signature.signedOnline': events.signedOnline(),
      'signature.choosePaper': events.choosePaper(),
      'paper.received': events.paperReceived(),
      'identity.verified': events.verified(),
      'identity.refused': events.refusedIdentity(),
      'payment.received': events.paid(),
      'certificate.issued': events.issued(),
      'certificate.shipped': events.shipped(),
      'certificate.atPostOffice': events.atPostOffice(),
      'order.cancelled': events.cancelled(),
      'dossier.refused': events.refused(),
    };
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const input = orderInput({ ...walk.input, express: false });
        let snapshot = initialDossier(input);
        const list = eventsOf(walk);
        for (const event of list) {
          const result = applyDossierEvent(persistDossier(snapshot), input, event);
          if (result.ok) snapshot = result.snapshot;
          const listed = new Set(
            (['customer', 'operator', 'system'] as const).flatMap((actor) =>
              acceptedEvents(snapshot, actor),
            ),
          );
          for (const [type, probe] of Object.entries(valid)) {
            const ok = applyDossierEvent(persistDossier(snapshot), input, probe).ok;
            expect(
              listed.has(type as DossierEventType),
              `${type} in ${JSON.stringify(snapshot.value)}`,
            ).toBe(ok);
          }
          expect(listed.has('dossier.save')).toBe(isCustomerEditable(snapshot));
          expect(listed.has('dossier.goTo')).toBe(isCustomerEditable(snapshot));
        }
      }),
      { numRuns: 200 },
    );
  });
});
