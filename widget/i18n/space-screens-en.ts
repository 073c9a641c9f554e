import type { SpaceScreensKey } from './space-screens-fr.ts';

/** Texts of the client space's screens that come with its machine part, English. */
export const spaceScreensEn: Record<SpaceScreensKey, string> = {
  'await.heading': 'Check your mailbox',
  'await.sent': 'A login link has just been sent to {email}.',
  'await.explain':
    'Follow the link in the e-mail to log in to your space. You may open it on this device or another one: this window will log in by itself.',
  'await.until': 'The link is valid until {time} and works once.',
  'await.waiting': 'Waiting for the link to be opened…',
  'await.spam': 'Nothing received? Check your spam folder, or log in again to get a new link.',
  'verifying.login': 'Logging in…',
  'verifying.email': 'Confirming your e-mail address…',
  'approved.heading': 'Login approved',
  'approved.text':
    'Login approved: go back to the window where you typed your password, it logs in by itself.',
  'approved.close': 'You may close this window.',
  'approved.here': 'Log in in this window',
  'linkInvalid.heading': 'Invalid or expired link',
  'linkInvalid.text':
    'This login link is no longer valid: it was already used or it has expired (15 minutes).',
  'linkInvalid.again': 'Log in again to receive a new link.',
  'register.heading': 'Register',
  'register.intro':
    'To complete your order, create your account with the e-mail address given when ordering.',
  'register.emailHelp':
    'Enter the e-mail address used for the order: it links your account to your dossiers.',
  'register.passwordHelp':
    'At least 8 characters. An easy-to-remember phrase makes a good password.',
  'register.submit': 'Register',
  'register.submitting': 'Registering…',
  'register.haveAccount': 'Already have an account?',
  'registered.heading': 'Confirm your address',
  'registered.text':
    'If this address placed an order, you will receive an e-mail to confirm your account.',
  'registered.next': 'Follow the link in that e-mail, then log in.',
  'forgot.heading': 'Forgotten password',
  'forgot.intro': 'Enter your account’s e-mail: we will send you a link to choose a new password.',
  'forgot.submit': 'Send the link',
  'forgot.submitting': 'Sending…',
  'resetRequested.heading': 'Check your mailbox',
  'resetRequested.text':
    'If an account exists for this address, you will receive an e-mail to choose a new password.',
  'resetRequested.next': 'The link is valid for 30 minutes and works once.',
  'reset.heading': 'New password',
  'reset.intro': 'Choose the new password of your account.',
  'reset.submit': 'Save the password',
  'reset.submitting': 'Saving…',
  'reset.newLink': 'Ask for a new link',
  'account.label': 'Your account',
  'account.email': 'Logged in: {email}',
  'account.logout': 'Log out',
  'dossier.back': '← Back to the dashboard',
  'done.heading': 'Done: dossier {reference} no. {n} is signed.',
  'done.signed': 'Done: the dossier is signed.',
  'done.next': 'Next dossier to complete: {reference} no. {n}.',
  'done.open': 'Complete the next dossier',
  'done.none': 'You have no other dossier to complete.',
  'deny.heading': 'Was it not you?',
  'deny.intro':
    'You opened the “It was not me” link of a login e-mail. Confirm to cancel this login attempt: its link will stop working, and the window waiting for it will be told.',
  'deny.keep': 'If it was you, do nothing: just go back to the login.',
  'deny.submit': 'Yes, cancel this login',
  'deny.submitting': 'Cancelling…',
  'deny.invalid':
    'This link is no longer valid: the login was already cancelled, or the link expired (7 days).',
  'denied.heading': 'Login cancelled',
  'denied.text':
    'The login attempt is cancelled: its link no longer works, and if it had opened a session, that session is closed.',
  'denied.advice':
    'Someone knows your password: change it now with “Forgot password”. Never click a login link you did not ask for.',
  'denied.change': 'Change my password',
};
