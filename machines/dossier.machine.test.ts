import { describe, expect, it } from 'vitest';
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
  isCustomerEditable,
  persistDossier,
  statusOf,
  stepOf,
} from './dossier.machine.ts';

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
    // The bénéficiaire is the mandataire: one signature (dossier-signers.machine.test.ts: two).
    let snapshot = atSignature({ sameAsMandataire: true });
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
      atSignature({ sameAsMandataire: true }),
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
