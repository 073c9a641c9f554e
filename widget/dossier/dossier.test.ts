import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, deepText, uniqueMobile, waitUntil } from '../test-helpers.ts';
import type { CertinomisDossier } from './certinomis-dossier.ts';
import {
  button,
  buyerWithDossier,
  chooseFile,
  click,
  controlOf,
  dossierApi,
  fieldOf,
  mount,
  overflows,
  pick,
  pngFile,
  radio,
  screenOf,
  screenText,
  shown,
  smsCode,
  stepButton,
  typeIn,
  waitScreen,
  waitText,
} from './test-helpers.ts';

/**
 * `<certinomis-dossier>` in Chromium against the real API (in-process, PGlite): a real order,
 * a real account and session, real uploads, SMS codes read from the demo outbox.
 */

const NEXT = 'Suivant →';

const organisation = {
  siret: '81234567600017',
  name: 'MOLIERE COMPAGNIE',
  address: '3 rue Boileau',
  postalCode: '75010',
  city: 'PARIS',
  country: 'FR',
};

function mandataire(mobile: string) {
  return {
    civility: 'MR',
    firstName: 'Jean-Baptiste',
    lastName: 'POQUELIN',
    email: 'jb.poquelin@moliere.fr',
    mobile,
    function: 'Directeur',
  };
}

function badge(el: CertinomisDossier): string {
  return el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';
}

/** No axe violation, nothing wider than the element. */
async function accessible(el: CertinomisDossier) {
  await el.updateComplete;
  expect(await axeViolations(el), shown(el) ?? '').to.deep.equal([]);
  expect(overflows(el), `${shown(el)} wider than ${el.clientWidth}px`).to.equal(false);
}

function errorOf(el: CertinomisDossier, name: string): string | null {
  return fieldOf(el, name).error;
}

describe('<certinomis-dossier>', function () {
  this.timeout(30_000);

  it('walks every step — online identity, SMS signature — then shows the dossier read-only', async () => {
    const buyer = await buyerWithDossier();
    const el = await mount(buyer.dossierId, buyer.accessToken, { width: 360 });
    await waitScreen(el, 'organisation');
    await accessible(el);

    // Header: the order line, the status; the stepper: only the first step reachable.
    const header = deepText(el.shadowRoot!.querySelector('header')!);
    expect(header).to.match(
      new RegExp(
        `Certificat Décideur - 1 an — ${buyer.reference} du \\d{2}/\\d{2}/\\d{4} \\(certificat 1 sur 1\\)`,
      ),
    );
    expect(badge(el)).to.equal('Demande à compléter');
    expect(stepButton(el, 'organisation').getAttribute('aria-current')).to.equal('step');
    for (const step of ['mandataire', 'beneficiaire', 'delivery', 'identity', 'signature']) {
      expect(stepButton(el, step).disabled, step).to.equal(true);
    }

    // 1 Organisme, pre-filled from the order.
    expect(controlOf(el, 'organisation.siret').value).to.equal('81234567600017');
    expect(controlOf(el, 'organisation.name').value).to.equal('MOLIERE COMPAGNIE');
    await click(el, NEXT);
    await waitScreen(el, 'mandataire');
    expect(screenOf(el).shadowRoot.activeElement?.localName).to.equal('h2');
    expect(stepButton(el, 'organisation').textContent).to.include('terminée');

    // 2 Mandataire: the ordering contact suggested, but its 01 number is no mobile.
    expect(screenText(el)).to.include('autoriser une demande de certificat et sa révocation');
    expect(controlOf(el, 'mandataire.firstName').value).to.equal('Jean-Baptiste');
    expect(controlOf(el, 'mandataire.mobile').value).to.equal('');
    expect(screenText(el)).to.include('n’est pas un mobile');
    await click(el, NEXT);
    await waitUntil(() => errorOf(el, 'mandataire.mobile') !== null, 'no mobile error');
    expect(errorOf(el, 'mandataire.function')).to.equal('Ce champ est obligatoire.');
    expect(controlOf(el, 'mandataire.mobile').getAttribute('aria-invalid')).to.equal('true');
    await accessible(el);
    await typeIn(el, 'mandataire.mobile', '01 02 03 04 05');
    await typeIn(el, 'mandataire.function', 'Directeur');
    await click(el, NEXT);
    await waitUntil(
      () => errorOf(el, 'mandataire.mobile')?.includes('mobile français'),
      'no French-mobile error',
    );
    const mobile = uniqueMobile();
    await typeIn(el, 'mandataire.mobile', mobile);
    await click(el, NEXT);
    await waitScreen(el, 'beneficiaire');

    // 3 Bénéficiaire: the mandataire.
    await accessible(el);
    expect(screenText(el)).to.include('la personne qui utilisera le certificat');
    const same = screenOf(el).shadowRoot.querySelector<HTMLInputElement>(
      'input[name="beneficiaire.sameAsMandataire"]',
    )!;
    same.click();
    await screenOf(el).updateComplete;
    expect(screenText(el)).to.include('Jean-Baptiste POQUELIN');
    await click(el, NEXT);
    await waitScreen(el, 'delivery');

    // 4 Remise: by mail (identity not chosen yet: allowed).
    await accessible(el);
    expect(radio(el, 'delivery.mode', 'mail').disabled).to.equal(false);
    // One person: no choice between two identical names.
    expect(screenOf(el).shadowRoot.querySelector('input[name="delivery.recipient"]')).to.equal(
      null,
    );
    expect(screenText(el)).to.include('le certificat sera remis à Jean-Baptiste POQUELIN');
    await pick(el, 'delivery.mode', 'mail');
    await click(el, NEXT);
    await waitScreen(el, 'identity');

    // 5 Identité en ligne: the scan is required, then sent.
    expect(screenText(el)).to.include('cette étape est obligatoire');
    await pick(el, 'identity.method', 'online');
    const input = screenOf(el).shadowRoot.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).to.equal('image/jpeg,image/png,application/pdf');
    await click(el, NEXT);
    await waitText(el, 'Déposez le scan de la pièce d’identité');
    await chooseFile(
      el,
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }),
    );
    await waitText(el, 'La pièce d’identité ne doit pas dépasser 10 Mo.');
    await chooseFile(el, new File(['<html>'], 'cni.html', { type: 'text/html' }));
    await waitText(el, 'Envoyez une image JPEG ou PNG, ou un PDF.');
    expect(el.current?.documents).to.have.length(0);
    await chooseFile(el, await pngFile());
    await waitText(el, 'Pièce reçue le');
    // Neutral wording: a reseller's buyer is not told CERTINOMIS checks it.
    expect(screenText(el)).to.include('Elle sera vérifiée avant l’émission du certificat.');
    await accessible(el);
    expect(el.current?.data.documentUploaded).to.equal(true);
    await click(el, NEXT);
    await waitScreen(el, 'signature');

    // 6 Signature en ligne: a wrong code, then the right one.
    expect(badge(el)).to.equal('À signer');
    await pick(el, 'signature.method', 'online');
    await click(el, 'Choisir ce mode de signature');
    await waitText(el, 'Recevoir le code par SMS');
    await click(el, 'Recevoir le code par SMS');
    const masked = `${mobile.slice(0, 2)} •• •• •• ${mobile.slice(-2)}`;
    await waitText(el, `Code envoyé au ${masked}`);
    await accessible(el);
    const code = await smsCode(mobile);
    const codeInput = controlOf(el, 'code');
    expect(codeInput.inputMode).to.equal('numeric');
    expect(codeInput.autocomplete).to.equal('one-time-code');
    expect(button(el, 'Renvoyer le code').disabled).to.equal(true);
    await typeIn(el, 'code', code === '000000' ? '111111' : '000000');
    await click(el, 'Valider');
    await waitUntil(
      () => errorOf(el, 'code')?.includes('Il vous reste 4 essai(s)'),
      'no wrong-code message',
    );
    await typeIn(el, 'code', code);
    const submitted = oneEvent(el, 'certinomis:dossier-submitted');
    await click(el, 'Valider');
    const { detail } = await submitted;
    expect(detail).to.deep.equal({ id: buyer.dossierId, status: 'in_review' });

    // Read-only summary.
    await waitScreen(el, 'summary');
    expect(badge(el)).to.equal('En cours de vérification');
    await accessible(el);
    const summary = screenText(el);
    expect(summary).to.include('ne peut plus être modifié');
    expect(summary).to.include('MOLIERE COMPAGNIE');
    expect(summary).to.include('Le mandataire (Jean-Baptiste POQUELIN)');
    expect(summary).to.include('Par courrier');
    expect(summary).to.match(/Signature en ligne — signé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    expect(summary).to.include('L’identité du bénéficiaire n’est pas vérifiée.');
    expect(el.shadowRoot!.querySelector('certinomis-button-bar')).to.equal(null);
    expect(screenOf(el).shadowRoot.querySelector('certinomis-field')).to.equal(null);
    expect(el.shadowRoot!.querySelector('certinomis-dossier-stepper')).to.equal(null);
  });

  it('resumes at the API’s step; face to face disables mail; signs by hand with the PDF', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', organisation);
    await api.save('mandataire', mandataire(uniqueMobile()));
    await api.save('beneficiaire', { sameAsMandataire: true });
    const el = await mount(buyer.dossierId, buyer.accessToken, { width: 360 });
    await waitScreen(el, 'delivery');
    expect(stepButton(el, 'delivery').getAttribute('aria-current')).to.equal('step');
    expect(stepButton(el, 'identity').disabled).to.equal(true);

    await pick(el, 'delivery.mode', 'post_office');
    await click(el, NEXT);
    await waitScreen(el, 'identity');
    await pick(el, 'identity.method', 'face_to_face');
    expect(screenOf(el).shadowRoot.querySelector('input[type="file"]')).to.equal(null);
    await click(el, NEXT);
    await waitScreen(el, 'signature');

    // Back to Remise through the stepper: mail is disabled, and says why.
    stepButton(el, 'delivery').click();
    await waitScreen(el, 'delivery');
    const mail = radio(el, 'delivery.mode', 'mail');
    expect(mail.disabled).to.equal(true);
    await accessible(el);
    const reason = screenOf(el).shadowRoot.getElementById(
      mail.getAttribute('aria-describedby')!.split(' ').at(-1)!,
    );
    expect(reason?.textContent).to.include(
      'n’est possible qu’avec une vérification d’identité en ligne',
    );
    await click(el, NEXT);
    await waitScreen(el, 'identity');
    await click(el, NEXT);
    await waitScreen(el, 'signature');

    // Handwritten: the PDF fetched with the session, the address, then "J'ai imprimé…".
    await pick(el, 'signature.method', 'handwritten');
    await click(el, 'Choisir ce mode de signature');
    await waitText(el, 'Télécharger le dossier (PDF)');
    await waitText(el, 'DOCAPOSTE CERTINOMIS');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) blobs.push(object);
      return original.call(URL, object);
    };
    try {
      await click(el, 'Télécharger le dossier (PDF)');
      await waitText(el, 'Dossier téléchargé');
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]?.type).to.equal('application/pdf');
    const head = new TextDecoder().decode(await blobs[0]!.slice(0, 5).arrayBuffer());
    expect(head).to.equal('%PDF-');
    await accessible(el);

    const submitted = oneEvent(el, 'certinomis:dossier-submitted');
    await click(el, 'J’ai imprimé et signé le dossier');
    expect((await submitted).detail).to.deep.equal({
      id: buyer.dossierId,
      status: 'awaiting_paper',
    });
    await waitScreen(el, 'summary');
    expect(badge(el)).to.equal('En attente du dossier papier');
    await accessible(el);
    const summary = screenText(el);
    expect(summary).to.include('Le dossier papier signé n’a pas été reçu.');
    expect(summary).to.include('En face à face, dans un bureau de poste');
    expect(summary).to.include('Télécharger le dossier (PDF)');
  });

  it('refuses face to face when the certificate goes by mail, next to the field', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', organisation);
    await api.save('mandataire', mandataire(uniqueMobile()));
    await api.save('beneficiaire', { sameAsMandataire: true });
    await api.save('delivery', { recipient: 'mandataire', mode: 'mail' });
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'identity');
    await pick(el, 'identity.method', 'face_to_face');
    await click(el, NEXT);
    await waitText(
      el,
      'L’envoi par courrier n’est possible qu’avec une vérification d’identité en ligne.',
    );
    expect(radio(el, 'identity.method', 'face_to_face').getAttribute('aria-invalid')).to.equal(
      'true',
    );
    expect(screenOf(el).shadowRoot.activeElement).to.equal(radio(el, 'identity.method', 'online'));
    expect((await api.get()).step).to.equal('identity');
  });

  it('reloads and says so when the dossier changed behind its back (409)', async () => {
    const buyer = await buyerWithDossier();
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'organisation');
    const before = el.current!.version;
    await dossierApi(buyer.dossierId, buyer.accessToken).save('organisation', {
      ...organisation,
      name: 'MOLIERE CIE',
    });
    await click(el, NEXT);
    // What changed, as the API says it.
    await waitText(
      el,
      'Le dossier a été modifié entre-temps : une étape a été enregistrée ailleurs. Vérifiez-le, puis recommencez.',
    );
    expect(el.current!.version).to.equal(before + 1);
    // The reloaded dossier: the other tab's save took it to the mandataire.
    await waitScreen(el, 'mandataire');
    stepButton(el, 'organisation').click();
    await waitScreen(el, 'organisation');
    expect(controlOf(el, 'organisation.name').value).to.equal('MOLIERE CIE');
  });

  it('says when to ask again once too many SMS codes were sent (429, Retry-After)', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', organisation);
    await api.save('mandataire', mandataire(uniqueMobile()));
    await api.save('beneficiaire', { sameAsMandataire: true });
    await api.save('delivery', { recipient: 'mandataire', mode: 'post_office' });
    await api.save('identity', { method: 'face_to_face' });
    await api.save('signature', { method: 'online' });
    for (let i = 0; i < 3; i++) expect(await api.requestCode()).to.equal(200);
    await api.save('signature', { method: 'online' }); // an edit voids the last code
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'signature');
    expect(radio(el, 'signature.method', 'online').checked).to.equal(true);
    await click(el, 'Recevoir le code par SMS');
    await waitText(el, 'Trop de demandes : réessayez dans');
    expect(button(el, 'Recevoir le code par SMS').disabled).to.equal(false);
  });

  it('works with the keyboard alone', async () => {
    const buyer = await buyerWithDossier();
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'organisation');
    const focused = () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    for (let i = 0; i < 40 && focused()?.textContent?.trim() !== NEXT; i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focused()?.textContent?.trim()).to.equal(NEXT);
    await sendKeys({ press: 'Enter' });
    await waitScreen(el, 'mandataire');
    expect(focused()?.localName).to.equal('h2');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.localName).to.equal('select');
  });

  it('speaks English', async () => {
    const buyer = await buyerWithDossier();
    const el = await mount(buyer.dossierId, buyer.accessToken, { locale: 'en' });
    await waitScreen(el, 'organisation');
    await waitText(el, 'Certificate request dossier');
    expect(badge(el)).to.equal('To complete');
    expect(deepText(el.shadowRoot!)).to.include('(certificate 1 of 1)');
    expect(stepButton(el, 'mandataire').textContent).to.include('Authorising officer');
    await typeIn(el, 'organisation.siret', '81234567600018');
    await click(el, 'Next →');
    await waitUntil(() => errorOf(el, 'organisation.siret') !== null, 'no SIRET error');
    expect(errorOf(el, 'organisation.siret')).to.match(/SIRET/);
  });
});
