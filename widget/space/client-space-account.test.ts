import { expect, oneEvent } from '@open-wc/testing';
import '../certinomis-order.ts';
import type { DossierRow, Page } from '../../machines/contract.ts';
import { uniqueEmail, waitUntil } from '../test-helpers.ts';
import {
  account,
  buttonNamed,
  dossierRows,
  fieldInput,
  freshTab,
  keepInTab,
  openSpace,
  parisDay,
  screenOf,
  session,
  space,
  spaceField,
  spaceText,
  storageKey,
  waitScreen,
  waitSpaceText,
} from './test-helpers.ts';

/**
 * `<certinomis-order mode="space">` once logged in (dashboard, logout, expiry, languages), in
 * Chromium against the real API served in-process by the test runner (see client-space.test.ts).
 */

describe('<certinomis-order mode="space"> logged in', () => {
  // Links of earlier tests must not leak into the next one's address.
  beforeEach(freshTab);

  it('lists the dossiers on the dashboard, then all of them with Voir tout, 20 at a time', async () => {
    const email = uniqueEmail('dashboard');
    const { reference } = await account(email, 22);
    keepInTab({ email, session: await session(email) });
    const opened: string[] = [];
    const el = await openSpace();
    el.addEventListener('certinomis:dossier-open', (event) =>
      opened.push((event as CustomEvent<{ id: string }>).detail.id),
    );
    await waitScreen(el, 'dashboard');
    await waitUntil(() => dossierRows(el).length === 5, 'first rows not shown', { timeout: 5000 });
    const dashboard = spaceText(el);
    expect(dashboard).to.contain('Vos demandes de certificats à compléter');
    expect(dashboard).to.contain('Prochaines échéances des certificats');
    for (const header of ['Identité', 'Bénéficiaire', 'Statut', 'Expiration']) {
      expect(dashboard).to.contain(header);
    }
    expect(dashboard).to.contain('PAS DE DONNÉES');

    const page = (await (
      await fetch('/v1/me/dossiers?limit=1', {
        headers: {
          Authorization: `Bearer ${JSON.parse(sessionStorage.getItem(storageKey())!).session.accessToken}`,
        },
      })
    ).json()) as Page<DossierRow>;
    const date = parisDay(page.items[0]!.orderDate);
    const [first, second] = dossierRows(el);
    expect(first!.cells[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Certificat Décideur - 1 an — ${reference} du ${date} n° 1 / 22`,
    );
    const badge = first!.querySelector('.badge')!;
    expect(badge.textContent).to.equal('Demande à compléter');
    expect(badge.classList.contains('to_complete')).to.equal(true);
    const pen = second!.querySelector('button')!;
    expect(pen.getAttribute('aria-label')).to.equal(`Compléter le dossier ${reference} n° 2`);
    pen.click();
    expect(opened).to.deep.equal([second!.dataset.dossier]);
    expect(space(el).screen).to.equal('dashboard');
    // The pen opens the dossier in place; the way back shows the dashboard again.
    await waitUntil(
      () =>
        space(el).shadowRoot.querySelector('certinomis-dossier')?.dossierId ===
        second!.dataset.dossier,
      'the dossier did not open',
      // Its screens are a chunk of their own, imported when the page is idle or on the pen.
      { timeout: 5000 },
    );
    // The pen is gone: the focus goes to the dossier's heading, never to <body>.
    await waitUntil(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const host = (active?.getRootNode() as ShadowRoot | null)?.host;
      return active?.localName === 'h2' && host?.hasAttribute('data-screen') === true;
    }, 'the opened dossier’s heading is not focused');
    space(el).shadowRoot.querySelector<HTMLButtonElement>('button.back')!.click();
    await waitUntil(
      () => !space(el).shadowRoot.querySelector('certinomis-dossier'),
      'still in the dossier',
    );
    await space(el).updateComplete;
    // The dashboard is created again: its lists load again before Voir tout shows.
    await waitUntil(
      () =>
        space(el)
          .shadowRoot.querySelector('[data-screen]')
          ?.shadowRoot?.querySelector('button.all'),
      'Voir tout not shown again',
      { timeout: 5000 },
    );

    const all = screenOf(el).shadowRoot.querySelector<HTMLButtonElement>('button.all')!;
    expect(all.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Voir tout >');
    all.click();
    await waitScreen(el, 'dashboardAll');
    await waitUntil(() => dossierRows(el).length === 20, 'first page not shown', { timeout: 5000 });
    await waitUntil(
      () => screenOf(el).shadowRoot.activeElement === screenOf(el).shadowRoot.querySelector('h2'),
      'heading not focused',
    );
    buttonNamed(el, 'Afficher plus').click();
    await waitUntil(() => dossierRows(el).length === 22, 'second page not shown', {
      timeout: 5000,
    });
    expect(() => buttonNamed(el, 'Afficher plus')).to.throw();
    expect(dossierRows(el).at(-1)!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      `Compléter le dossier ${reference} n° 22`,
    );

    const filter = fieldInput(el, 'status') as unknown as HTMLSelectElement;
    filter.value = 'to_sign';
    filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await waitSpaceText(el, 'Aucune demande avec ce statut.');
    expect(dossierRows(el)).to.have.length(0);

    buttonNamed(el, '← Tableau de bord').click();
    await waitScreen(el, 'dashboard');
  });

  it('logs out: the server ends the session and the tab forgets it', async () => {
    const email = uniqueEmail('logout');
    await account(email);
    const kept = await session(email);
    keepInTab({ email, session: kept });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    await waitSpaceText(el, `Connecté : ${email}`);
    buttonNamed(el, 'Se déconnecter').click();
    await waitScreen(el, 'login');
    expect(spaceText(el)).to.contain('Vous êtes déconnecté.');
    expect(sessionStorage.getItem(storageKey()) ?? '').not.to.contain(kept.accessToken);
    const after = await fetch('/v1/me', {
      headers: { Authorization: `Bearer ${kept.accessToken}` },
    });
    expect(after.status).to.equal(401);
  });

  it('returns to Connexion with "Votre session a expiré" on a 401', async () => {
    keepInTab({
      email: 'jb.poquelin@moliere.fr',
      session: {
        accessToken: 'x'.repeat(43),
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    });
    const el = await openSpace();
    await waitScreen(el, 'login');
    expect(spaceText(el)).to.contain('Votre session a expiré');
    expect(sessionStorage.getItem(storageKey()) ?? '').not.to.contain('x'.repeat(43));
  });

  it('after a dossier is signed, says it is done and opens the next one to complete', async () => {
    const email = uniqueEmail('done');
    const { reference } = await account(email, 2);
    keepInTab({ email, session: await session(email) });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    await waitUntil(() => dossierRows(el).length === 2, 'rows not shown', { timeout: 5000 });
    const [first, second] = dossierRows(el).map((row) => row.dataset.dossier!);
    dossierRows(el)[0]!.querySelector('button')!.click();
    const dossier = () => space(el).shadowRoot.querySelector('certinomis-dossier');
    await waitUntil(() => dossier()?.current?.id === first, 'the dossier did not open', {
      timeout: 5000,
    });
    // What <certinomis-dossier> fires once signed (dossier.test.ts proves it does).
    dossier()!.dispatchEvent(
      new CustomEvent('certinomis:dossier-submitted', {
        detail: { id: first, status: 'in_review' },
        bubbles: true,
        composed: true,
      }),
    );
    const done = () => space(el).shadowRoot.querySelector<HTMLElement>('[data-done]');
    await waitUntil(() => done(), 'no "done" news', { timeout: 5000 });
    const text = done()!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(`C’est fait : le dossier ${reference} n° 1 est signé.`);
    expect(text).to.contain(`Dossier suivant à compléter : ${reference} n° 2.`);
    await waitUntil(
      () => space(el).shadowRoot.activeElement?.id === 'done-title',
      'the news is not focused',
    );
    done()!.querySelector<HTMLButtonElement>('[data-next]')!.click();
    await waitUntil(() => dossier()?.current?.id === second, 'the next dossier did not open', {
      timeout: 5000,
    });
    expect(done()).to.equal(null);
  });

  it('switches language from its header, and tells the page', async () => {
    const email = uniqueEmail('locale');
    await account(email);
    keepInTab({ email, session: await session(email) });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    await waitUntil(() => dossierRows(el).length === 1, 'row not shown', { timeout: 5000 });
    const language = space(el).shadowRoot.querySelector('select')!;
    language.value = 'en';
    setTimeout(() => language.dispatchEvent(new Event('change', { bubbles: true })));
    const event = (await oneEvent(el, 'certinomis:locale')) as CustomEvent<{ locale: string }>;
    expect(event.detail).to.deep.equal({ locale: 'en' });
    await waitUntil(() => el.locale === 'en');
    await waitSpaceText(el, 'Your certificate requests to complete');
    await waitUntil(
      () => dossierRows(el)[0]?.querySelector('.badge')?.textContent === 'To complete',
      'statuses not reloaded in English',
      { timeout: 5000 },
    );
    expect(spaceText(el)).to.contain('Log out');
    expect(space(el).shadowRoot.querySelector('.frame')?.getAttribute('lang')).to.equal('en');
  });

  it('speaks English with locale="en"', async () => {
    const el = await openSpace('en');
    await waitScreen(el, 'login');
    expect(screenOf(el).shadowRoot.querySelector('h2')?.textContent).to.equal('Log in');
    expect(spaceField(el, 'email').label).to.equal('E-mail');
    buttonNamed(el, 'Log in').click();
    await waitUntil(() => spaceField(el, 'email').error === 'This field is required.');
  });
});
