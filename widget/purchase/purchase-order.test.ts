import { expect, fixture, html } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import {
  clickButton,
  deepText,
  field,
  SIRET,
  screen,
  settle,
  type,
  waitState,
  waitText,
  waitUntil,
} from '../test-helpers.ts';
import {
  acceptCgv,
  answer,
  dialogParts,
  start,
  toIdentification,
  toOptions,
  toReview,
} from './test-helpers.ts';

/**
 * Placing the order in `<certinomis-order>` (Chromium, the real API over HTTP): the CGV, the
 * POST and its confirmation, the purchase restored or moved, Idempotency-Key retries, the
 * API's field errors.
 */

describe('<certinomis-order> purchase: the order', () => {
  beforeEach(() => sessionStorage.clear());
  it('enables J’ai lu et accepte les CGV only once the CGV were scrolled to the end', async () => {
    const el = await start();
    await toReview(el, SIRET.privateExisting);
    clickButton(el, 'Commander');
    await el.updateComplete;
    expect(el.state).to.equal('review');
    await waitText(el, 'Vous devez lire et accepter les CGV pour commander.');

    const { open, dialog } = dialogParts(el);
    open.click();
    expect(dialog.open).to.equal(true);
    await waitUntil(() => dialogParts(el).body.querySelector('.sentinel'), 'CGV not loaded', {
      timeout: 5000,
    });
    const { body, accept } = dialogParts(el);
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accept.disabled).to.equal(true);
    body.scrollTop = body.scrollHeight;
    await waitUntil(() => !accept.disabled, 'accept stayed disabled', { timeout: 5000 });
    accept.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    await waitText(el, 'Vous avez lu et accepté les CGV');
  });

  it('places an order with a real POST and shows the confirmation', async () => {
    const steps: string[] = [];
    const onStep = (event: Event) =>
      steps.push((event as CustomEvent<{ step: string }>).detail.step);
    document.addEventListener('certinomis:step', onStep);
    try {
      const el = await start('OPE-AES-CAP-2A');
      await type(el, 'quantity', '2');
      await toReview(el, SIRET.privateFirst);
      await waitText(el, 'Lecteur format clé USB');
      await acceptCgv(el);
      const placed = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('certinomis:order-placed', (e) => resolve(e as CustomEvent), {
          once: true,
        }),
      );
      const order = clickButton(el, 'Commander');
      order.click(); // a double click: the machine already left review
      await el.updateComplete;
      const busy = clickButton(el, 'Commande en cours…');
      expect(busy.disabled).to.equal(true);
      const { detail } = await placed;
      expect(detail.reference).to.match(/^BD\d+$/);
      // 2 × (180 € + 20 € USB) = 400 € HT, 480 € TTC
      expect(detail.totals).to.deep.equal({ ht: 40000, vat: 8000, ttc: 48000 });
      await waitState(el, 'confirmed');
      const text = deepText(screen(el));
      expect(text).to.contain(detail.reference);
      expect(text).to.contain('Un e-mail de confirmation a été envoyé à jb.poquelin@moliere.fr');
      expect(text).to.contain('480 €');
      expect(text).to.contain(`COMMANDE CERTIFICAT 2024-12 ${detail.reference}`);
      const link = screen(el).shadowRoot.querySelector<HTMLAnchorElement>('a[href]')!;
      expect(link.textContent).to.contain('espace client');
      expect(steps).to.deep.equal([
        'quantity',
        'identification',
        'options',
        'payment',
        'review',
        'confirmed',
      ]);
      expect(sessionStorage.length).to.equal(0);
    } finally {
      document.removeEventListener('certinomis:step', onStep);
    }
  });

  it('restores the purchase in progress after the element is re-created', async () => {
    const el = await start();
    await toOptions(el, SIRET.privateExisting);
    el.remove();
    const again = await fixture<CertinomisOrder>(
      html`<certinomis-order api="/" partner-key="pk_test_omnikles"></certinomis-order>`,
    );
    await waitState(again, 'options');
    clickButton(again, '← Retour');
    await waitState(again, 'identification');
    expect(field(again, 'customer.email').value).to.equal('jb.poquelin@moliere.fr');
    expect(field(again, 'customer.siret').value).to.equal(SIRET.privateExisting);
  });

  it('keeps running when moved in the DOM', async () => {
    const el = await start();
    await toIdentification(el);
    await type(el, 'customer.firstName', 'Armande');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('identification');
    expect(field(el, 'customer.firstName').value).to.equal('Armande');
    clickButton(el, '← Retour');
    await waitState(el, 'quantity');
    other.remove();
  });

  it('Réinitialiser empties the form, Annuler goes back to the list', async () => {
    const el = await start();
    await toIdentification(el);
    el.fill({ customer: { firstName: 'Armande' }, billing: { city: 'LYON' } });
    await settle(el);
    expect(field(el, 'billing.city').value).to.equal('LYON');
    clickButton(el, 'Réinitialiser');
    await answer(el, 'Oui, tout effacer');
    await settle(el);
    expect(field(el, 'customer.firstName').value).to.equal('');
    expect(screen(el).shadowRoot.querySelector('certinomis-field[name="billing.city"]')).to.equal(
      null,
    );
    clickButton(el, 'Annuler');
    await answer(el, 'Oui, abandonner');
    await waitState(el, 'products');
  });

  it('clears the announced errors once the step they were about is left', async () => {
    const el = await start();
    await toIdentification(el);
    const live = () =>
      el.shadowRoot
        ?.querySelector('certinomis-purchase')
        ?.shadowRoot?.querySelector('[aria-live="polite"]')
        ?.textContent?.trim() ?? '';
    clickButton(el, 'Suivant →');
    await waitUntil(() => live() !== '', 'the errors were not announced');
    clickButton(el, '← Retour');
    await waitUntil(() => el.state !== 'identification', 'still on the identification');
    await waitUntil(() => live() === '', `still announced: "${live()}"`);
  });

  it('fires certinomis:state on each transition', async () => {
    const el = await start();
    const seen: { state: string; event: { type: string } | null }[] = [];
    el.addEventListener('certinomis:state', (e) => seen.push((e as CustomEvent).detail));
    await toIdentification(el);
    expect(seen.at(-1)?.state).to.equal('identification');
    expect(seen.at(-1)?.event?.type).to.equal('purchase.next');
  });

  it('reuses the Idempotency-Key when retrying after a network failure: one order', async () => {
    const el = await start();
    await toReview(el, SIRET.privateExisting);
    await acceptCgv(el);
    const realFetch = window.fetch;
    const posts: { key: string | null; status: number; replayed: string | null }[] = [];
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/v1/orders')) return realFetch(input, init);
      const response = await realFetch(input, init);
      const key = new Headers(init?.headers).get('Idempotency-Key');
      posts.push({
        key,
        status: response.status,
        replayed: response.headers.get('Idempotent-Replayed'),
      });
      // The first answer is lost on the way back, as on a dropped connection.
      if (posts.length === 1) throw new TypeError('Failed to fetch');
      return response;
    };
    try {
      clickButton(el, 'Commander');
      await waitText(el, 'le service est injoignable');
      expect(el.state).to.equal('review');
      const retry = [...screen(el).shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Réessayer',
      )!;
      // The failed order: the focus is on the way out (Réessayer), never left on <body>.
      await waitUntil(() => screen(el).shadowRoot.activeElement === retry, 'Réessayer not focused');
      retry.click();
      await waitState(el, 'confirmed');
    } finally {
      window.fetch = realFetch;
    }
    expect(posts).to.have.length(2);
    expect(posts[0]!.key).to.be.a('string').with.length.greaterThan(8);
    expect(posts[1]!.key).to.equal(posts[0]!.key);
    expect(posts[0]!.status).to.equal(201);
    // The second request created nothing: the API replayed the first order.
    expect(posts[1]!.replayed).to.equal('true');
  });

  it('shows the API’s field errors next to their fields and goes back to their step', async () => {
    const el = await start();
    await toReview(el, SIRET.privateExisting);
    await acceptCgv(el);
    const realFetch = window.fetch;
    // A request the server refuses although the element found it valid (rules differ).
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/v1/orders') || typeof init?.body !== 'string')
        return realFetch(input, init);
      const body = JSON.parse(init.body);
      body.customer.email = 'not-an-email';
      body.customer.emailConfirmation = 'not-an-email';
      return realFetch(input, { ...init, body: JSON.stringify(body) });
    };
    try {
      clickButton(el, 'Commander');
      await waitState(el, 'identification');
    } finally {
      window.fetch = realFetch;
    }
    await waitUntil(() => field(el, 'customer.email').error, 'no error on the e-mail', {
      timeout: 5000,
    });
    expect(field(el, 'customer.email').error).to.contain('invalide');
    expect(deepText(el.shadowRoot!)).to.contain('Corrigez les informations signalées');
    await type(el, 'customer.email', 'jb.poquelin@moliere.fr');
    expect(field(el, 'customer.email').error).to.equal(null);
  });
});
