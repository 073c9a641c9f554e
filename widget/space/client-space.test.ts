import { expect } from '@open-wc/testing';
import '../certinomis-order.ts';
import { mailedToken, placeOrder, uniqueEmail, waitUntil } from '../test-helpers.ts';
import {
  account,
  buttonNamed,
  dossierRows,
  fieldInput,
  freshTab,
  keepInTab,
  logInThroughTheForm,
  openedWith,
  openSpace,
  PASSWORD,
  screenOf,
  space,
  spaceField,
  spaceText,
  startLogin,
  storageKey,
  typeIn,
  waitScreen,
  waitSpaceText,
} from './test-helpers.ts';

/**
 * `<certinomis-order mode="space">` in Chromium, against the real API served in-process by the
 * test runner (PGlite, demo mode for `/dev/outbox`): every request is real HTTP, every e-mailed
 * link is read from the outbox as a buyer would read their mailbox.
 */

describe('<certinomis-order mode="space">', () => {
  // Links of earlier tests must not leak into the next one's address.
  beforeEach(freshTab);

  it('loads the space as its own chunk and shows Connexion as in the seed', async () => {
    const el = await openSpace();
    await waitScreen(el, 'login');
    const login = screenOf(el).shadowRoot;
    expect(login.querySelector('h2')?.textContent).to.equal('Connexion');
    expect(spaceField(el, 'email').label).to.equal('Adresse e-mail');
    expect(spaceField(el, 'email').required).to.equal(true);
    expect(spaceField(el, 'password').label).to.equal('Mot de passe');
    const all = spaceText(el);
    for (const part of [
      'Mot de passe oublié ?',
      'Connexion',
      'OU',
      'S’enregistrer',
      'La connexion se fait par un second facteur qui est un lien reçu par mail',
    ]) {
      expect(all).to.contain(part);
    }
    const language = space(el).shadowRoot.querySelector('select')!;
    expect(space(el).shadowRoot.querySelector(`label[for="${language.id}"]`)?.textContent).to.equal(
      'Langue',
    );
    expect(language.value).to.equal('fr');
  });

  it('checks the login form on the client: errors next to the fields, focus on the first', async () => {
    const el = await openSpace();
    await waitScreen(el, 'login');
    buttonNamed(el, 'Connexion').click();
    await waitUntil(() => spaceField(el, 'email').error, 'no error on the e-mail address');
    expect(space(el).screen).to.equal('login');
    expect(spaceField(el, 'email').error).to.equal('Ce champ est obligatoire.');
    expect(spaceField(el, 'password').error).to.equal('Ce champ est obligatoire.');
    const email = fieldInput(el, 'email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(spaceField(el, 'email').shadowRoot.getElementById(describedBy)?.textContent).to.contain(
      'Ce champ est obligatoire.',
    );
    // Conditions, not timings: two test pages share the machine (and the focus) side by side.
    await waitUntil(
      () => screenOf(el).shadowRoot.activeElement === spaceField(el, 'email'),
      'focus not on the e-mail address',
      { timeout: 5_000 },
    );
    await waitUntil(() => spaceText(el).includes('2 champs à corriger'), 'errors not announced', {
      timeout: 5_000,
    });

    await typeIn(el, 'email', 'jb.poquelin@');
    expect(spaceField(el, 'email').error).to.equal('Adresse e-mail invalide.');
    await typeIn(el, 'email', 'jb.poquelin@moliere.fr');
    expect(spaceField(el, 'email').error).to.equal(null);
  });

  it('shows and hides the password with a toggle button', async () => {
    const el = await openSpace();
    await waitScreen(el, 'login');
    await typeIn(el, 'password', 'Tartuffe 1664');
    const field = spaceField(el, 'password');
    const input = fieldInput(el, 'password');
    const toggle = field.shadowRoot.querySelector('button')!;
    expect(input.type).to.equal('password');
    expect(toggle.getAttribute('aria-label')).to.equal('Afficher le mot de passe');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await field.updateComplete;
    expect(input.type).to.equal('text');
    expect(input.value).to.equal('Tartuffe 1664');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await field.updateComplete;
    expect(input.type).to.equal('password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  it('says when the e-mail or the password is wrong (401)', async () => {
    const email = uniqueEmail('wrong');
    await account(email);
    const el = await openSpace();
    await waitScreen(el, 'login');
    await logInThroughTheForm(el, email, 'not the password');
    await waitSpaceText(el, 'L’adresse e-mail ou le mot de passe est incorrect.');
    const alert = screenOf(el).shadowRoot.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('L’adresse e-mail ou le mot de passe est incorrect.');
    expect(space(el).screen).to.equal('login');
  });

  it('asks to wait after too many tries (429), with the delay', async () => {
    const email = uniqueEmail('throttled');
    await account(email);
    for (let i = 0; i < 5; i++) {
      await fetch('/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: `wrong ${i}` }),
      });
    }
    const el = await openSpace();
    await waitScreen(el, 'login');
    await logInThroughTheForm(el, email);
    await waitSpaceText(el, 'Trop de tentatives… réessayez dans');
    expect(spaceText(el)).to.match(/réessayez dans \d+ s\./);
  });

  it('prefills the e-mail of the confirmation e-mail’s link and names the order', async () => {
    openedWith({ order: 'BD1734971738', email: 'jb.poquelin@moliere.fr' });
    const el = await openSpace();
    await waitScreen(el, 'login');
    expect(fieldInput(el, 'email').value).to.equal('jb.poquelin@moliere.fr');
    expect(spaceText(el)).to.contain('Commande BD1734971738');
    buttonNamed(el, 'S’enregistrer').click();
    await waitScreen(el, 'register');
    expect(fieldInput(el, 'email').value).to.equal('jb.poquelin@moliere.fr');
  });

  it('answers an unconfirmed address like a wrong password, explains it, and mails the link again', async () => {
    const email = uniqueEmail('unconfirmed');
    await placeOrder(email);
    await fetch('/v1/auth/register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const first = await mailedToken(email, 'verify'); // written after the register answer
    const el = await openSpace();
    await waitScreen(el, 'login');
    await logInThroughTheForm(el, email);
    await waitSpaceText(el, 'Confirmez d’abord votre adresse avec le lien reçu par e-mail');
    await waitUntil(
      async () => (await mailedToken(email, 'verify')) !== first,
      'link not sent again',
      {
        timeout: 8000,
      },
    );
  });

  it('registers with the neutral confirmation, after checking the password on the client', async () => {
    const email = uniqueEmail('register');
    await placeOrder(email);
    const el = await openSpace();
    await waitScreen(el, 'login');
    buttonNamed(el, 'S’enregistrer').click();
    await waitScreen(el, 'register');
    const heading = screenOf(el).shadowRoot.querySelector('h2')!;
    expect(heading.textContent).to.equal('S’enregistrer');
    await waitUntil(() => screenOf(el).shadowRoot.activeElement === heading, 'heading not focused');
    expect(spaceField(el, 'email').help).to.contain('adresse e-mail utilisée pour la commande');
    expect(spaceField(el, 'password').help).to.contain('Au moins 8 caractères');

    await typeIn(el, 'email', email);
    await typeIn(el, 'password', 'court');
    expect(spaceField(el, 'password').error).to.equal(
      'Le mot de passe doit comporter au moins 8 caractères.',
    );
    await typeIn(el, 'password', 'motdepasse123');
    expect(spaceField(el, 'password').error).to.contain('trop courant');
    await typeIn(el, 'password', PASSWORD);
    expect(spaceField(el, 'password').error).to.equal(null);
    buttonNamed(el, 'S’enregistrer').click();
    await waitScreen(el, 'registered');
    expect(spaceText(el)).to.contain(
      'Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte',
    );
    expect(await mailedToken(email, 'verify')).to.match(/^[A-Za-z0-9_-]{20,}$/);

    // A stranger gets exactly the same screen (and no e-mail).
    buttonNamed(el, 'Retour à la connexion').click();
    await waitScreen(el, 'login');
    buttonNamed(el, 'S’enregistrer').click();
    await waitScreen(el, 'register');
    await typeIn(el, 'email', uniqueEmail('stranger'));
    await typeIn(el, 'password', PASSWORD);
    buttonNamed(el, 'S’enregistrer').click();
    await waitScreen(el, 'registered');
  });

  it('waits for the e-mailed link and logs in by itself when it is used elsewhere', async () => {
    const email = uniqueEmail('wait');
    await account(email, 2);
    const el = await openSpace();
    await waitScreen(el, 'login');
    await logInThroughTheForm(el, email);
    await waitScreen(el, 'awaitingLink');
    expect(screenOf(el).shadowRoot.querySelector('h2')?.textContent).to.equal(
      'Vérifiez votre boîte mail',
    );
    expect(spaceText(el)).to.contain(`Un lien de connexion vient d’être envoyé à ${email}`);
    const kept = JSON.parse(sessionStorage.getItem(storageKey()) ?? '{}');
    expect(kept.attempt?.loginAttemptId).to.be.a('string');
    expect(kept.session).to.equal(null);

    // The link opened on another device: no attempt id, so only an approval.
    const approved = await fetch('/v1/auth/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: await mailedToken(email, 'login') }),
    });
    expect(await approved.json()).to.deep.equal({ status: 'approved' });

    await waitScreen(el, 'dashboard', 6000);
    await waitUntil(() => dossierRows(el).length === 2, 'rows not shown', { timeout: 5000 });
    const saved = JSON.parse(sessionStorage.getItem(storageKey()) ?? '{}');
    expect(saved.session?.accessToken).to.be.a('string');
    expect(saved.attempt).to.equal(null);
    expect(JSON.stringify({ ...localStorage })).not.to.contain(saved.session.accessToken);
    expect(document.cookie).not.to.contain(saved.session.accessToken);
  });

  it('stops polling when the element leaves the page, and says when the login expired (404)', async () => {
    const email = uniqueEmail('leave');
    await account(email);
    const polls: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/v1/auth/login/')) polls.push(url);
      return original(input, init);
    };
    try {
      const el = await openSpace();
      await waitScreen(el, 'login');
      await logInThroughTheForm(el, email);
      await waitScreen(el, 'awaitingLink');
      await waitUntil(() => polls.length >= 1, 'no poll');
      el.remove();
      const seen = polls.length;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(polls.length).to.equal(seen);
    } finally {
      window.fetch = original;
    }

    keepInTab({
      email,
      attempt: { loginAttemptId: 'z'.repeat(43), expiresAt: new Date().toISOString() },
    });
    const again = await openSpace();
    // The login screen is painted before the machine's part has loaded; the kept attempt is
    // then restored (its waiting screen) and polled, and its 404 brings the login back with
    // the reason. Wait for that reason, not for the first paint.
    await waitSpaceText(again, 'Le lien de connexion a expiré');
    await waitScreen(again, 'login');
    expect(fieldInput(again, 'email').value).to.equal(email);
  });

  it('logs in at once when the link is opened in the tab that typed the password', async () => {
    const email = uniqueEmail('sametab');
    await account(email);
    keepInTab({ email, attempt: await startLogin(email) });
    openedWith({ login: await mailedToken(email, 'login') });
    const el = await openSpace();
    await waitScreen(el, 'dashboard');
    expect(new URL(location.href).searchParams.has('login')).to.equal(false);
    await waitSpaceText(el, `Connecté : ${email}`);
  });

  it('tells the other window to log in by itself, and explains a used link', async () => {
    const email = uniqueEmail('elsewhere');
    await account(email);
    await startLogin(email);
    const token = await mailedToken(email, 'login');
    openedWith({ login: token });
    const el = await openSpace();
    await waitScreen(el, 'approved');
    expect(spaceText(el)).to.contain(
      'Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.',
    );
    el.remove();

    openedWith({ login: token });
    const again = await openSpace();
    await waitScreen(again, 'linkInvalid');
    expect(spaceText(again)).to.contain('Ce lien de connexion n’est plus valable');
    buttonNamed(again, 'Se connecter').click();
    await waitScreen(again, 'login');
  });

  it('cancels a login from the e-mail’s «Ce n’était pas moi» link, only once confirmed', async () => {
    const email = uniqueEmail('deny');
    await account(email);
    const attempt = await startLogin(email);
    openedWith({ deny: await mailedToken(email, 'deny') });
    const el = await openSpace();
    await waitScreen(el, 'denyLogin');
    expect(new URL(location.href).searchParams.has('deny')).to.equal(false);
    expect(spaceText(el)).to.contain('Confirmez pour annuler cette tentative de connexion');
    // Opening the page cancelled nothing: the attempt still waits for its link.
    const poll = () => fetch(`/v1/auth/login/${attempt.loginAttemptId}`);
    expect((await poll()).status).to.equal(202);
    buttonNamed(el, 'Oui, annuler cette connexion').click();
    await waitScreen(el, 'loginDenied');
    expect(spaceText(el)).to.contain('changez-le dès maintenant avec « Mot de passe oublié »');
    expect((await poll()).status).to.equal(403);
    buttonNamed(el, 'Changer mon mot de passe').click();
    await waitScreen(el, 'forgotPassword');
  });

  it('explains a denial link already used, and tells the waiting tab its login was cancelled', async () => {
    const email = uniqueEmail('denied');
    await account(email);
    const attempt = await startLogin(email);
    const token = await mailedToken(email, 'deny');
    keepInTab({ email, attempt });
    const waiting = await openSpace();
    await waitScreen(waiting, 'awaitingLink');
    const denied = await fetch('/v1/auth/login/deny', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(denied.status).to.equal(200);
    await waitScreen(waiting, 'login', 10_000);
    expect(spaceText(waiting)).to.contain('Cette connexion a été annulée depuis le lien');
    waiting.remove();

    openedWith({ deny: token });
    const again = await openSpace();
    await waitScreen(again, 'denyLogin');
    buttonNamed(again, 'Oui, annuler cette connexion').click();
    await waitSpaceText(again, 'Ce lien n’est plus valable : la connexion a déjà été annulée');
    buttonNamed(again, 'Retour à la connexion').click();
    await waitScreen(again, 'login');
  });

  it('confirms the address from its link, then offers Connexion with the e-mail prefilled', async () => {
    const email = uniqueEmail('verify');
    await placeOrder(email);
    await fetch('/v1/auth/register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    openedWith({ verify: await mailedToken(email, 'verify'), email });
    const el = await openSpace();
    await waitScreen(el, 'login');
    expect(spaceText(el)).to.contain('Adresse confirmée, vous pouvez vous connecter');
    expect(fieldInput(el, 'email').value).to.equal(email);
    const params = new URL(location.href).searchParams;
    expect(params.has('verify')).to.equal(false);
    expect(params.get('email')).to.equal(email);
  });

  it('resets a forgotten password: neutral confirmation, then the link’s new-password form', async () => {
    const email = uniqueEmail('reset');
    await account(email);
    const el = await openSpace();
    await waitScreen(el, 'login');
    buttonNamed(el, 'Mot de passe oublié ?').click();
    await waitScreen(el, 'forgotPassword');
    await typeIn(el, 'email', email);
    buttonNamed(el, 'Envoyer le lien').click();
    await waitScreen(el, 'resetRequested');
    expect(spaceText(el)).to.contain('Si un compte existe pour cette adresse');
    el.remove();

    openedWith({ reset: await mailedToken(email, 'reset') });
    const page = await openSpace();
    await waitScreen(page, 'resetPassword');
    await typeIn(page, 'password', 'court');
    expect(spaceField(page, 'password').error).to.contain('8 caractères');
    await typeIn(page, 'password', 'Tartuffe ou l’Imposteur 1664');
    buttonNamed(page, 'Enregistrer le mot de passe').click();
    await waitScreen(page, 'login');
    expect(spaceText(page)).to.contain('Votre mot de passe a été modifié');
  });
});
