import { expect } from '@open-wc/testing';
import '../certinomis-order.ts';
import { setLazyLoader } from '../../machines/lazy-import.ts';
import { loadChunk } from '../chunks.ts';
import { axeViolations, mailedToken, uniqueEmail, waitUntil } from '../test-helpers.ts';
import {
  account,
  buttonNamed,
  freshTab,
  keepInTab,
  openSpace,
  PASSWORD,
  session,
  space,
  spaceField,
  spaceText,
  storageKey,
  typeIn,
  waitScreen,
} from './test-helpers.ts';

/**
 * The client space's login screen is usable before its machine part (xstate, valibot, the
 * other screens: widget/space/space-machine-part.ts) is there (issue 16): the part is held
 * back here, through the lazy loader every lazy import goes through, until the test lets it go.
 * Each test file runs in a page of its own: nothing of the part is loaded before.
 */

let release: () => void = () => {};

/** Holds the machine's part until `release()`; every other part loads as usual. */
function holdMachine() {
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked: string[] = [];
  setLazyLoader(async (key, load) => {
    asked.push(key);
    if (key === 'spaceMachine') await held;
    return loadChunk(key, load);
  });
  return asked;
}

const loginScreen = (el: HTMLElement) =>
  (el.shadowRoot
    ?.querySelector('certinomis-client-space')
    ?.shadowRoot?.querySelector('certinomis-space-login') ?? null) as
    | (HTMLElement & { shadowRoot: ShadowRoot })
    | null;

const submit = (el: HTMLElement) =>
  loginScreen(el)?.shadowRoot.querySelector<HTMLButtonElement>('button[type="submit"]') ?? null;

describe('the client space’s login before its machine part', () => {
  beforeEach(freshTab);
  afterEach(() => {
    release();
    setLazyLoader(loadChunk);
  });

  it('is painted, typed in and submitted before the machine is there, which then logs in', async () => {
    const email = uniqueEmail('early');
    await account(email);
    const asked = holdMachine();
    const el = await openSpace();
    await waitUntil(() => loginScreen(el)?.shadowRoot.querySelector('h2'), 'no login screen');
    // Asked for at once, and not there: none of the machine's screens is defined.
    expect(asked).to.include('spaceMachine');
    expect(customElements.get('certinomis-space-awaiting-link')).to.equal(undefined);
    expect(loginScreen(el)?.shadowRoot.querySelector('h2')?.textContent).to.equal('Connexion');
    for (const part of ['Mot de passe oublié ?', 'OU', 'S’enregistrer']) {
      expect(spaceText(el)).to.contain(part);
    }
    expect(spaceField(el, 'email').label).to.equal('Adresse e-mail');
    expect(await axeViolations(el)).to.deep.equal([]);

    await typeIn(el, 'email', email);
    await typeIn(el, 'password', PASSWORD);
    submit(el)?.click();
    // No dead click: the button says it is at work while the machine comes.
    await waitUntil(() => submit(el)?.getAttribute('aria-busy') === 'true', 'not busy');
    expect(submit(el)?.disabled).to.equal(true);
    expect(submit(el)?.textContent?.trim()).to.equal('Connexion…');
    expect(sessionStorage.getItem(storageKey())).to.equal(null);

    release();
    // The machine takes the typed values: the password step, then the e-mailed link.
    await waitScreen(el, 'awaitingLink');
    const kept = JSON.parse(sessionStorage.getItem(storageKey()) ?? '{}');
    expect(kept.attempt?.loginAttemptId).to.be.a('string');
    const approved = await fetch('/v1/auth/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: await mailedToken(email, 'login') }),
    });
    expect(approved.status).to.equal(200);
    await waitScreen(el, 'dashboard', 6000);
  });

  it('checks what was typed once the machine is there, and sends nothing wrong', async () => {
    holdMachine();
    const el = await openSpace();
    await waitUntil(() => loginScreen(el)?.shadowRoot.querySelector('h2'), 'no login screen');
    await typeIn(el, 'email', 'not-an-address');
    submit(el)?.click();
    await waitUntil(() => submit(el)?.getAttribute('aria-busy') === 'true', 'not busy');
    release();
    await waitUntil(
      () => spaceField(el, 'password').error && submit(el)?.getAttribute('aria-busy') === 'false',
      'the form not checked',
    );
    expect(spaceField(el, 'email').error).to.equal('Adresse e-mail invalide.');
    expect(spaceField(el, 'password').error).to.equal('Ce champ est obligatoire.');
    expect(space(el).screen).to.equal('login');
    expect(sessionStorage.getItem(storageKey())).to.equal(null);
  });

  it('follows a link clicked before the machine is there', async () => {
    holdMachine();
    const el = await openSpace();
    await waitUntil(() => loginScreen(el)?.shadowRoot.querySelector('h2'), 'no login screen');
    buttonNamed(el, 'S’enregistrer').click();
    release();
    await waitScreen(el, 'register');
  });

  it('waits for the machine, without a login screen, when this tab keeps a session', async () => {
    const email = uniqueEmail('kept');
    await account(email);
    keepInTab({ email, session: await session(email) });
    holdMachine();
    const el = await openSpace();
    await waitUntil(() => spaceText(el).includes('Chargement'), 'no wait shown');
    expect(loginScreen(el)).to.equal(null);
    release();
    await waitScreen(el, 'dashboard', 6000);
  });
});
