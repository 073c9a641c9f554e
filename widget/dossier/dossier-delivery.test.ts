import { expect } from '@open-wc/testing';
import { uniqueMobile } from '../test-helpers.ts';
import type { CertinomisDossier } from './certinomis-dossier.ts';
import {
  button,
  buyerWithDossier,
  click,
  dossierApi,
  mount,
  pick,
  screenOf,
  screenText,
  waitScreen,
} from './test-helpers.ts';

/**
 * "4 Remise" in Chromium against the real API: by mail, the screen confirms where the
 * certificate is posted (the chosen recipient at the organisation's address) and leads to the
 * step that changes it; when the bénéficiaire is the mandataire, no choice between two
 * identical names is asked.
 */

const organisation = {
  siret: '81234567600017',
  name: 'MOLIERE COMPAGNIE',
  address: '3 rue Boileau',
  postalCode: '75010',
  city: 'PARIS',
  country: 'FR',
};

function person(firstName: string, lastName: string, email: string) {
  return {
    civility: 'MME',
    firstName,
    lastName,
    email,
    mobile: uniqueMobile(),
    function: 'Gérante',
  };
}

const addressOf = (el: CertinomisDossier) =>
  screenOf(el).shadowRoot.querySelector('.mail-address address')?.textContent ?? null;

describe('<certinomis-dossier> delivery step', function () {
  this.timeout(30_000);

  it('confirms the postal address of the chosen recipient by mail, and changes it', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', organisation);
    await api.save('mandataire', person('Madeleine', 'BEJART', 'madeleine@moliere.fr'));
    await api.save('beneficiaire', {
      sameAsMandataire: false,
      person: person('Armande', 'BEJART', 'armande@moliere.fr'),
    });
    const el = await mount(buyer.dossierId, buyer.accessToken, { locale: 'en' });
    await waitScreen(el, 'delivery');

    await pick(el, 'delivery.mode', 'post_office');
    expect(addressOf(el)).to.equal(null);
    await pick(el, 'delivery.recipient', 'beneficiaire');
    await pick(el, 'delivery.mode', 'mail');
    expect(screenText(el)).to.include('The certificate will be posted to:');
    expect(addressOf(el)?.split('\n')).to.deep.equal([
      'Armande BEJART',
      'MOLIERE COMPAGNIE',
      '3 rue Boileau',
      '75010 PARIS',
    ]);
    await pick(el, 'delivery.recipient', 'mandataire');
    expect(addressOf(el)?.split('\n')[0]).to.equal('Madeleine BEJART');

    await click(el, 'Change the address (Organisation step)');
    await waitScreen(el, 'organisation');
  });

  it('asks no choice of recipient when the bénéficiaire is the mandataire', async () => {
    const buyer = await buyerWithDossier();
    const api = dossierApi(buyer.dossierId, buyer.accessToken);
    await api.save('organisation', organisation);
    // Typed in twice (not ticked): still one person, by the one rule.
    await api.save('mandataire', person('Madeleine', 'BEJART', 'madeleine@moliere.fr'));
    await api.save('beneficiaire', {
      sameAsMandataire: false,
      person: person('Madeleine', 'Béjart', 'Madeleine@moliere.fr'),
    });
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'delivery');

    expect(screenOf(el).shadowRoot.querySelector('input[name="delivery.recipient"]')).to.equal(
      null,
    );
    expect(screenText(el)).to.include(
      'Le bénéficiaire est le mandataire : le certificat sera remis à Madeleine BEJART.',
    );
    await pick(el, 'delivery.mode', 'mail');
    expect(addressOf(el)?.split('\n')[0]).to.equal('Madeleine BEJART');
    button(el, 'Suivant →').click();
    await waitScreen(el, 'identity');
    // The screen moves on once the API saved the step.
    expect((await api.get()).data.delivery).to.deep.equal({
      recipient: 'mandataire',
      mode: 'mail',
    });
  });
});
