import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CertificateRow, Page } from '../../machines/contract.ts';
import '../certinomis-order.ts';
import { revocationTestOperators } from '../../demo/demo-operator.ts';
import { loginAs, operate, operatorSession } from '../backoffice/test-helpers.ts';
import type { CertinomisOrder } from '../certinomis-order.ts';
import { uniqueEmail, waitUntil } from '../test-helpers.ts';
import type { CertinomisField } from '../ui/field.ts';
import type { CertinomisSpaceRevocation } from './revocation-button.ts';
import { issuedCertificate, mailedRevocationCode } from './revocation-test-helpers.ts';
import {
  freshTab,
  keepInTab,
  openSpace,
  parisDay,
  screenOf,
  space,
  spaceText,
  waitScreen,
  waitSpaceText,
} from './test-helpers.ts';

loginAs(revocationTestOperators.space);

/**
 * "Demander la révocation" in `<certinomis-order mode="space">` and the revocation e-mail's
 * public page, in Chromium against the real API served by the test runner: certificates issued
 * through the API by this file's operator, codes read from `/dev/outbox`.
 */

type Shadowed = HTMLElement & { shadowRoot: ShadowRoot };

/** The revocation control of the certificate row of `reference`. */
function control(el: CertinomisOrder, reference: string): CertinomisSpaceRevocation & Shadowed {
  const found = [...screenOf(el).shadowRoot.querySelectorAll('certinomis-space-revocation')].find(
    (candidate) => candidate.row?.orderReference === reference,
  );
  if (!found?.shadowRoot) throw new Error(`no revocation control for ${reference}`);
  return found as CertinomisSpaceRevocation & Shadowed;
}

function flowRoot(host: Shadowed): ShadowRoot {
  const flow = host.shadowRoot.querySelector('certinomis-space-revocation-flow');
  if (!flow?.shadowRoot) throw new Error('no revocation flow');
  return flow.shadowRoot;
}

function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function typeCode(root: ShadowRoot, code: string) {
  const field = root.querySelector<CertinomisField & Shadowed>('certinomis-field[name="code"]');
  const input = field?.shadowRoot.querySelector('input');
  if (!field || !input) throw new Error('no code field');
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

const codeError = (root: ShadowRoot) =>
  root.querySelector<CertinomisField>('certinomis-field[name="code"]')?.error ?? '';

async function certificates(accessToken: string): Promise<CertificateRow[]> {
  const res = await fetch('/v1/me/certificates', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return ((await res.json()) as Page<CertificateRow>).items;
}

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('revocation in the client space', () => {
  beforeEach(() => {
    freshTab();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('requests the revocation of an issued certificate: warning, reason, wrong code, e-mailed code, "Révocation demandée"', async function () {
    this.timeout(60_000);
    const email = uniqueEmail('revoke');
    const { order, id, buyer } = await issuedCertificate(email);
    keepInTab({ email, session: buyer });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    await waitUntil(
      () => {
        try {
          return control(el, order.reference);
        } catch {
          return false;
        }
      },
      'no revocation button on the certificate row',
      { timeout: 8000 },
    );
    const host = control(el, order.reference);
    const open = button(host.shadowRoot, 'Demander la révocation');
    expect(open.getAttribute('aria-label')).to.contain('Demander la révocation du certificat de');
    open.click();
    await waitUntil(() => host.shadowRoot.querySelector('dialog')?.open, 'dialog not open');
    await waitUntil(
      () => host.shadowRoot.querySelector('certinomis-space-revocation-flow')?.shadowRoot,
    );
    expect(deepActive()?.id).to.equal('revocation-title');
    // Échap closes it, focus back on the button; it opens again, fresh.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !host.shadowRoot.querySelector('dialog')?.open, 'Escape did not close');
    await waitUntil(() => deepActive() === open, 'focus not back on the button');
    open.click();
    await waitUntil(() => host.shadowRoot.querySelector('dialog')?.open, 'dialog not reopened');
    await waitUntil(
      () => host.shadowRoot.querySelector('certinomis-space-revocation-flow')?.shadowRoot,
    );
    let flow = flowRoot(host);
    expect(flow.textContent).to.contain('La révocation est définitive');
    // The contract's four reasons, labelled by the shared messages.
    expect(flow.querySelectorAll('input[name="reason"]').length).to.equal(4);
    expect(flow.textContent).to.contain('Clé compromise, support perdu ou volé');

    // No reason: said next to the list, nothing sent.
    button(flow, 'Envoyer la demande').click();
    await waitUntil(() => flow.querySelector('#reason-error'), 'no reason error');
    expect(flow.querySelector('#reason-error')?.textContent).to.contain('Choisissez le motif');

    flow.querySelector<HTMLInputElement>('input[value="keyCompromise"]')?.click();
    const comment = flow.querySelector('textarea')!;
    comment.value = 'Clé USB perdue dans le train';
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button(flow, 'Envoyer la demande').click();
    await waitUntil(
      () => flowRoot(host).textContent?.includes('Un code de révocation a été envoyé par e-mail'),
      'the code was not said to be sent',
      { timeout: 8000 },
    );
    flow = flowRoot(host);
    expect(flow.textContent).to.contain('mandataire');

    // A wrong code: the API's message, with the tries left.
    await typeCode(flow, 'AAAA-AAAA-AAAA-AAAA-AAAA');
    button(flow, 'Confirmer la révocation').click();
    await waitUntil(() => codeError(flow).includes('Code incorrect'), 'wrong code not said', {
      timeout: 8000,
    });
    expect(codeError(flow)).to.contain('4');

    await typeCode(flow, await mailedRevocationCode(order.reference));
    button(flow, 'Confirmer la révocation').click();
    await waitUntil(
      () => flowRoot(host).textContent?.includes('Votre demande de révocation est confirmée'),
      'not confirmed',
      { timeout: 8000 },
    );
    await waitUntil(() => spaceText(el).includes('Révocation demandée pour le certificat'));
    button(flowRoot(host), 'Fermer').click();
    // The lists load again: the row now awaits the operator, without the button.
    await waitUntil(
      () => control(el, order.reference).shadowRoot.textContent?.includes('Révocation demandée'),
      'row not marked "Révocation demandée"',
      { timeout: 8000 },
    );
    expect(control(el, order.reference).shadowRoot.querySelector('button')).to.equal(null);
    await waitUntil(() => deepActive()?.id === 'pending', 'focus not on «Révocation demandée»');
    expect((await certificates(buyer.accessToken))[0]?.revocation).to.equal('requested');

    // The operator revokes it: the dossier row says "Révoqué", when and why.
    const decided = await operate((await operatorSession()).accessToken, id, {
      type: 'revocation.confirmed',
    });
    expect(decided.status).to.equal(200);
    el.remove();
    const again = await openSpace();
    await waitScreen(again, 'dashboard');
    await waitSpaceText(
      again,
      `Révoqué le ${parisDay(new Date().toISOString())} : Clé compromise, support perdu ou volé`,
      8000,
    );
    expect(await certificates(buyer.accessToken)).to.deep.equal([]);
  });

  it('after five wrong codes the request is locked: the API says so, a new request starts over', async function () {
    this.timeout(60_000);
    const email = uniqueEmail('revoke-locked');
    const { order, buyer } = await issuedCertificate(email);
    keepInTab({ email, session: buyer });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    await waitUntil(
      () => {
        try {
          return control(el, order.reference);
        } catch {
          return false;
        }
      },
      'no revocation button on the certificate row',
      { timeout: 8000 },
    );
    const host = control(el, order.reference);
    button(host.shadowRoot, 'Demander la révocation').click();
    await waitUntil(
      () => host.shadowRoot.querySelector('certinomis-space-revocation-flow')?.shadowRoot,
    );
    let flow = flowRoot(host);
    flow.querySelector<HTMLInputElement>('input[value="superseded"]')?.click();
    button(flow, 'Envoyer la demande').click();
    await waitUntil(
      () => flowRoot(host).querySelector('certinomis-field[name="code"]'),
      'no code step',
      {
        timeout: 8000,
      },
    );
    flow = flowRoot(host);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await typeCode(flow, `AAAA-AAAA-AAAA-AAAA-AAA${attempt}`);
      button(flow, 'Confirmer la révocation').click();
      const expected = attempt < 5 ? `Il vous reste ${5 - attempt} essai` : 'Trop d’essais';
      await waitUntil(
        () => codeError(flow).includes(expected),
        `try ${attempt}: «${expected}» not said`,
        {
          timeout: 8000,
        },
      );
    }
    expect(codeError(flow)).to.contain('Trop d’essais');
    // Even the right code is refused now.
    await typeCode(flow, await mailedRevocationCode(order.reference));
    button(flow, 'Confirmer la révocation').click();
    const flowElement = host.shadowRoot.querySelector('certinomis-space-revocation-flow')!;
    await flowElement.updateComplete;
    const submit = () => flow.querySelector('button[type="submit"]');
    expect(submit()?.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => submit()?.getAttribute('aria-busy') === 'false', 'no answer', {
      timeout: 8000,
    });
    expect(codeError(flow)).to.contain('Trop d’essais');
    expect((await certificates(buyer.accessToken))[0]?.revocation).to.equal(null);
    button(flow, 'Faire une nouvelle demande').click();
    await waitUntil(() => flowRoot(host).querySelector('input[name="reason"]'), 'form not back');
  });

  it('the e-mail’s public page: the code alone, the same answer for an unknown code and a real one', async function () {
    this.timeout(60_000);
    const email = uniqueEmail('revoke-public');
    const { order, id, buyer } = await issuedCertificate(email);
    const asked = await fetch(`/v1/certificates/${id}/revocation`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${buyer.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'affiliationChanged', comment: '' }),
    });
    expect(asked.status).to.equal(202);
    const code = await mailedRevocationCode(order.reference);

    const answerFor = async (typed: string) => {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#revocation`);
      const el = await openSpace();
      await waitScreen(el, 'revocation');
      const page = screenOf(el);
      expect(page.shadowRoot.querySelector('h2')?.textContent).to.contain('Révoquer un certificat');
      const flow = () =>
        page.shadowRoot.querySelector('certinomis-space-revocation-flow')?.shadowRoot ?? null;
      await waitUntil(flow, 'no flow');
      // No reason to choose here: the request was made with it.
      expect(flow()!.querySelector('input[name="reason"]')).to.equal(null);
      await typeCode(flow()!, typed);
      button(flow()!, 'Confirmer la révocation').click();
      await waitUntil(() => flow()?.querySelector('.notice[role="status"]'), 'no answer', {
        timeout: 8000,
      });
      const text = flow()!.querySelector('.notice')!.textContent!.replace(/\s+/g, ' ').trim();
      el.remove();
      return text;
    };
    const unknown = await answerFor('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    const real = await answerFor(code.toLowerCase());
    expect(unknown).to.contain('Si ce code correspond');
    expect(real).to.equal(unknown);
    expect(
      (await certificates(buyer.accessToken)).find((c) => c.dossierId === id)?.revocation,
    ).to.equal('requested');
  });

  it('the public page in English, and its way to the client space', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#revocation`);
    const el = await openSpace('en');
    await waitScreen(el, 'revocation');
    await waitSpaceText(el, 'Revoke a certificate');
    button(screenOf(el).shadowRoot, 'Go to the client space').click();
    await waitScreen(el, 'login');
    expect(space(el).screen).to.equal('login');
  });
});
