import { uniqueMobile, waitUntil } from '../test-helpers.ts';
import type { CertinomisDossier } from './certinomis-dossier.ts';
import {
  buyerWithDossier,
  click,
  dossierApi,
  mount,
  pick,
  typeIn,
  waitScreen,
  waitText,
} from './test-helpers.ts';

/**
 * Where the focus goes after each in-page action of the dossier (issue 17: never on <body>),
 * and the live region, which says nothing stale once the matter is resolved. Chromium, real API.
 */

const NEXT = 'Suivant →';

/** The element that has the focus, through the shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const describeFocus = () => {
  const active = focused();
  return active ? `${active.localName} "${active.textContent?.trim().slice(0, 40)}"` : 'nothing';
};

function liveText(el: CertinomisDossier): string {
  return el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
}

async function atSignature() {
  const buyer = await buyerWithDossier();
  const api = dossierApi(buyer.dossierId, buyer.accessToken);
  await api.save('organisation', {
    siret: '81234567600017',
    name: 'MOLIERE COMPAGNIE',
    address: '3 rue Boileau',
    postalCode: '75010',
    city: 'PARIS',
    country: 'FR',
  });
  await api.save('mandataire', {
    civility: 'MR',
    firstName: 'Jean-Baptiste',
    lastName: 'POQUELIN',
    email: 'jb.poquelin@moliere.fr',
    mobile: uniqueMobile(),
    function: 'Directeur',
  });
  await api.save('beneficiaire', { sameAsMandataire: true });
  await api.save('delivery', { recipient: 'mandataire', mode: 'post_office' });
  await api.save('identity', { method: 'face_to_face' });
  const el = await mount(buyer.dossierId, buyer.accessToken);
  await waitScreen(el, 'signature');
  return el;
}

describe('<certinomis-dossier> keeps the focus somewhere sensible', function () {
  this.timeout(30_000);

  it('after choosing a signature mode, and after asking for the SMS code', async () => {
    const el = await atSignature();
    await pick(el, 'signature.method', 'online');
    await click(el, 'Choisir ce mode de signature');
    await waitText(el, 'Recevoir le code par SMS');
    await waitUntil(
      () => focused()?.textContent?.includes('Recevoir le code par SMS'),
      `focus on ${describeFocus()} after choosing the mode, not on the button that follows`,
    );
    await click(el, 'Recevoir le code par SMS');
    await waitText(el, 'Code envoyé au');
    await waitUntil(
      () =>
        focused()?.localName === 'input' &&
        (focused() as HTMLInputElement).autocomplete === 'one-time-code',
      `focus on ${describeFocus()} after the code was sent, not on the code field`,
    );
  });

  it('clears the announced errors once they are fixed and the step is left', async () => {
    const buyer = await buyerWithDossier();
    const el = await mount(buyer.dossierId, buyer.accessToken);
    await waitScreen(el, 'organisation');
    await typeIn(el, 'organisation.name', '');
    await click(el, NEXT);
    await waitUntil(() => liveText(el).includes('à corriger'), `live: "${liveText(el)}"`);
    await typeIn(el, 'organisation.name', 'MOLIERE COMPAGNIE');
    await click(el, NEXT);
    await waitScreen(el, 'mandataire');
    await waitUntil(
      () => !liveText(el).includes('à corriger'),
      `still announced once resolved: "${liveText(el)}"`,
    );
  });
});
