import { expect, oneEvent } from '@open-wc/testing';
import { axeViolations, deepText, uniqueMobile, waitUntil } from '../test-helpers.ts';
import type { CertinomisDossier } from './certinomis-dossier.ts';
import {
  buyerWithDossier,
  click,
  dossierApi,
  mount,
  overflows,
  screenOf,
  screenText,
  smsCode,
  typeIn,
  waitScreen,
  waitText,
} from './test-helpers.ts';

/**
 * Every signer signs: the bénéficiaire is another person than the mandataire, so the signature
 * step lists both with their status, sends each their own code, and the dossier is submitted
 * once both have signed (in Chromium, against the real API).
 */

function person(firstName: string, lastName: string, email: string, mobile: string) {
  return { civility: 'MME', firstName, lastName, email, mobile, function: 'Gérante' };
}

function badge(el: CertinomisDossier): string {
  return el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';
}

function signerRow(el: CertinomisDossier, signer: string): HTMLElement {
  const row = screenOf(el).shadowRoot.querySelector<HTMLElement>(`li[data-signer="${signer}"]`);
  if (!row) throw new Error(`no row for ${signer}`);
  return row;
}

const status = (el: CertinomisDossier, signer: string) =>
  deepText(signerRow(el, signer).querySelector('[data-status]')!).trim();

async function sendCode(el: CertinomisDossier, signer: string) {
  signerRow(el, signer)
    .querySelector<HTMLButtonElement>('button[data-action="send-code"]')!
    .click();
  await el.updateComplete;
}

async function accessible(el: CertinomisDossier) {
  await el.updateComplete;
  expect(await axeViolations(el)).to.deep.equal([]);
  expect(overflows(el), `wider than ${el.clientWidth}px`).to.equal(false);
}

describe('<certinomis-dossier> with two signers', function () {
  this.timeout(30_000);

  it('shows both signers, sends each their own code, and is submitted once both signed', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    const mandataireMobile = uniqueMobile();
    const beneficiaireMobile = uniqueMobile();
    await api.save('organisation', {
      siret: '81234567600017',
      name: 'MOLIERE COMPAGNIE',
      address: '3 rue Boileau',
      postalCode: '75010',
      city: 'PARIS',
      country: 'FR',
    });
    await api.save(
      'mandataire',
      person('Madeleine', 'BEJART', 'madeleine@moliere.fr', mandataireMobile),
    );
    await api.save('beneficiaire', {
      sameAsMandataire: false,
      person: person('Armande', 'BEJART', 'armande@moliere.fr', beneficiaireMobile),
    });
    await api.save('delivery', { recipient: 'beneficiaire', mode: 'post_office' });
    await api.save('identity', { method: 'face_to_face' });
    await api.save('signature', { method: 'online' });

    const el = await mount(buyer.dossierId, buyer.accessToken, { width: 360 });
    await waitScreen(el, 'signature');
    await waitText(el, 'signent chacun le dossier');
    expect(status(el, 'mandataire')).to.equal('À signer');
    expect(status(el, 'beneficiaire')).to.equal('À signer');
    expect(deepText(signerRow(el, 'beneficiaire'))).to.include('Armande BEJART — Bénéficiaire');
    await accessible(el);

    // The bénéficiaire first: their code goes to their own mobile.
    await sendCode(el, 'beneficiaire');
    await waitText(el, 'Code de Armande BEJART');
    await accessible(el);
    await typeIn(el, 'code', await smsCode(beneficiaireMobile));
    await click(el, 'Valider');
    await waitUntil(() => status(el, 'beneficiaire').startsWith('Signé le'), 'not signed');
    expect(status(el, 'beneficiaire')).to.match(
      /^Signé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(heure de Paris\)$/,
    );
    expect(status(el, 'mandataire')).to.equal('À signer');
    expect(badge(el)).to.equal('À signer');
    expect(signerRow(el, 'beneficiaire').querySelector('button[data-action="send-code"]')).to.equal(
      null,
    );

    // Then the mandataire: both signed, the dossier is submitted.
    await sendCode(el, 'mandataire');
    await waitText(el, 'Code de Madeleine BEJART');
    await typeIn(el, 'code', await smsCode(mandataireMobile));
    const submitted = oneEvent(el, 'certinomis:dossier-submitted');
    await click(el, 'Valider');
    expect((await submitted).detail).to.deep.equal({ id: buyer.dossierId, status: 'in_review' });
    await waitScreen(el, 'summary');
    const summary = screenText(el);
    expect(summary).to.include('ne peut plus être modifié');
    expect(summary).to.match(/Mandataire — Madeleine BEJART\s*Signé le \d{2}\/\d{2}\/\d{4}/);
    expect(summary).to.match(/Bénéficiaire — Armande BEJART\s*Signé le \d{2}\/\d{2}\/\d{4}/);
    await accessible(el);
  });

  it('speaks English', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', {
      siret: '81234567600017',
      name: 'MOLIERE COMPAGNIE',
      address: '3 rue Boileau',
      postalCode: '75010',
      city: 'PARIS',
    });
    await api.save('mandataire', person('Madeleine', 'BEJART', 'm@moliere.fr', uniqueMobile()));
    await api.save('beneficiaire', {
      sameAsMandataire: false,
      person: person('Armande', 'BEJART', 'a@moliere.fr', uniqueMobile()),
    });
    await api.save('delivery', { recipient: 'beneficiaire', mode: 'post_office' });
    await api.save('identity', { method: 'face_to_face' });
    await api.save('signature', { method: 'online' });
    const el = await mount(buyer.dossierId, buyer.accessToken, { locale: 'en' });
    await waitScreen(el, 'signature');
    await waitText(el, 'each sign the dossier');
    expect(status(el, 'mandataire')).to.equal('To sign');
    expect(deepText(signerRow(el, 'mandataire'))).to.include('Send the code to Madeleine BEJART');
  });
});
