/** Every signer signs: the mandataire and, when another person, the bénéficiaire, in either order. */
import { describe, expect, it } from 'vitest';
import { events, goTo, orderInput, save, T } from './dossier/test-fixtures.ts';
import { accept, atSignature, refuse } from './dossier/test-snapshots.ts';
import { applyDossierEvent, persistDossier, statusOf } from './dossier.machine.ts';

const LATER = '2025-01-06T09:20:00.000Z';

/** Two people at the signature screen, online signature chosen. */
const twoSigners = () => accept(atSignature(), save('signature', { method: 'online' }));

describe('two signers', () => {
  it.each([
    ['mandataire first', ['mandataire', 'beneficiaire'] as const],
    ['bénéficiaire first', ['beneficiaire', 'mandataire'] as const],
  ])('needs both signatures, %s; stays "À signer" until the second', (_, [first, second]) => {
    let snapshot = accept(
      twoSigners(),
      events.codeSent(7, T.code, first),
      events.codeSent(8, T.code, second),
      events.signedOnline(T.signed, first),
    );
    expect(snapshot.value).toEqual({ editing: 'signature' });
    expect(statusOf(snapshot)).toBe('to_sign');
    expect(snapshot.context.signedAt).toBeNull();
    expect(snapshot.context.signers?.[first]?.signedAt).toBe(T.signed);
    expect(snapshot.context.signers?.[second]).toMatchObject({ codeSentForVersion: 8 });
    snapshot = accept(snapshot, events.signedOnline(LATER, second));
    expect(snapshot.value).toBe('review');
    expect(statusOf(snapshot)).toBe('in_review');
    expect(snapshot.context).toMatchObject({
      signedAt: LATER,
      signatureMethod: 'online',
      completedAt: LATER,
      signers: { [first]: { signedAt: T.signed }, [second]: { signedAt: LATER } },
    });
  });

  it('accepts each signer’s signature once, and a signer needs their own code', () => {
    let snapshot = accept(twoSigners(), events.codeSent(7, T.code, 'mandataire'));
    expect(refuse(snapshot, events.signedOnline(T.signed, 'beneficiaire'))).toEqual({
      'signature.code': 'validation.signature_code_required',
    });
    snapshot = accept(snapshot, events.signedOnline(T.signed, 'mandataire'));
    expect(refuse(snapshot, events.signedOnline(LATER, 'mandataire'))).toEqual({
      'signature.code': 'validation.signature_code_required',
      signer: 'validation.signer_signed',
    });
    expect(refuse(snapshot, events.codeSent(9, LATER, 'mandataire'))).toEqual({
      signer: 'validation.signer_signed',
    });
  });

  it('refuses a third signature once both have signed', () => {
    const signed = accept(twoSigners(), ...events.signedByBoth());
    expect(signed.value).toBe('review');
    for (const signer of ['mandataire', 'beneficiaire'] as const) {
      expect(signed.can(events.signedOnline(LATER, signer))).toBe(false);
      expect(
        applyDossierEvent(persistDossier(signed), orderInput(), events.signedOnline(LATER, signer)),
      ).toEqual({ ok: false, issues: [{ field: 'type', key: 'validation.event_not_allowed' }] });
    }
  });

  it('voids every code and signature on an edit after one signature', () => {
    let snapshot = accept(
      twoSigners(),
      events.codeSent(7, T.code, 'mandataire'),
      events.codeSent(8, T.code, 'beneficiaire'),
      events.signedOnline(T.signed, 'mandataire'),
      goTo('delivery'),
    );
    // Going back to look changes nothing.
    expect(snapshot.context.signers?.mandataire?.signedAt).toBe(T.signed);
    snapshot = accept(snapshot, save('delivery', { recipient: 'mandataire', mode: 'mail' }));
    expect(snapshot.context.signers).toEqual({});
    expect(statusOf(snapshot)).toBe('to_sign');
    snapshot = accept(snapshot, goTo('signature'));
    expect(refuse(snapshot, events.signedOnline(LATER, 'beneficiaire'))).toEqual({
      'signature.code': 'validation.signature_code_required',
    });
    // Both sign again.
    snapshot = accept(snapshot, ...events.signedByBoth(LATER));
    expect(snapshot.value).toBe('review');
  });

  it('voids them on a new identity scan too', () => {
    const snapshot = accept(
      twoSigners(),
      events.codeSent(7, T.code, 'beneficiaire'),
      events.signedOnline(T.signed, 'beneficiaire'),
      events.upload('doc-3', LATER),
    );
    expect(snapshot.context.signers).toEqual({});
  });
});

describe('one signer', () => {
  it('signs alone when the bénéficiaire is the mandataire; the bénéficiaire has nothing to sign', () => {
    let snapshot = accept(
      atSignature({ sameAsMandataire: true }),
      save('signature', { method: 'online' }),
    );
    expect(refuse(snapshot, events.codeSent(7, T.code, 'beneficiaire'))).toEqual({
      signer: 'validation.signer_not_required',
    });
    snapshot = accept(
      snapshot,
      events.codeSent(7, T.code, 'mandataire'),
      events.signedOnline(T.signed, 'mandataire'),
    );
    expect(snapshot.value).toBe('review');
  });
});
