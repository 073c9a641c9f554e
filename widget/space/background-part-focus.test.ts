import { expect } from '@open-wc/testing';
import '../certinomis-order.ts';
import { setLazyLoader } from '../../machines/lazy-import.ts';
import { loadChunk } from '../chunks.ts';
import { uniqueEmail, waitUntil } from '../test-helpers.ts';
import {
  account,
  buttonNamed,
  freshTab,
  keepInTab,
  openSpace,
  screenOf,
  session,
  space,
  waitScreen,
} from './test-helpers.ts';

/**
 * A part the client space fetches in the background (a dossier's screens, once the dashboard
 * is shown) never moves the buyer's focus when it arrives: only a part whose waiting notice
 * was on screen hands the focus to what replaces it. On a slow connection the dossier's part
 * arrived seconds after the dashboard, while the buyer was at work in it, and focus jumped
 * to the dashboard's heading (a revocation dialog just closed lost its return to its button).
 * The part is held back here, through the lazy loader every lazy import goes through.
 */

let release: () => void = () => {};

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has the focus, said in a line (an element itself is too big for an assertion's message). */
function focused(): string {
  const active = deepActive();
  return active
    ? `${active.tagName} ${active.textContent?.replace(/\s+/g, ' ').trim()}`
    : 'nothing';
}

describe('a part fetched in the background', () => {
  beforeEach(freshTab);
  afterEach(() => {
    release();
    setLazyLoader(loadChunk);
  });

  it('leaves the focus where the buyer put it when it arrives', async () => {
    const email = uniqueEmail('background');
    await account(email);
    keepInTab({ email, session: await session(email) });
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived = false;
    const asked: string[] = [];
    setLazyLoader(async (key, load) => {
      asked.push(key);
      if (key !== 'dossier') return loadChunk(key, load);
      await held;
      const part = await loadChunk(key, load);
      arrived = true;
      return part;
    });
    const el = await openSpace();
    await waitScreen(el, 'dashboard', 8000);
    await waitUntil(() => asked.includes('dossier'), 'the dossier part is not fetched', {
      timeout: 10_000,
    });
    const logout = buttonNamed(el, 'Se déconnecter');
    logout.focus();
    expect(focused()).to.equal('BUTTON Se déconnecter');

    release();
    await waitUntil(() => arrived, 'the dossier part did not arrive', { timeout: 10_000 });
    // The space renders again once the part is there (then focused a heading, when it did).
    await space(el).updateComplete;
    await screenOf(el).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('certinomis-dossier')).to.not.equal(undefined);
    expect(focused()).to.equal('BUTTON Se déconnecter');
    expect(deepActive() === logout).to.equal(true);
  });
});
