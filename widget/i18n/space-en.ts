import { commonEn } from './common-en.ts';
import type { SpaceKey } from './space-fr.ts';

/** Texts of the client space, English. */
export const spaceEn: Record<SpaceKey, string> = {
  'space.title': '{name} client space',
  'space.language': commonEn.language,
  'space.loading': 'Loading…',
  'space.required': commonEn.required,
  'space.errors': commonEn.errors,
  'space.errors.one': commonEn.errorsOne,
  'space.network': commonEn.network,
  'space.failed': commonEn.failed,
  'space.throttled': 'Too many attempts… try again in {n} s.',
  'space.backToLogin': 'Back to log in',
  'space.toLogin': 'Log in',

  'field.email': 'E-mail',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'password.show': 'Show the password',

  'login.heading': 'Log in',
  'login.intro': 'Log in to follow your orders and complete your certificate dossiers.',
  'login.secondFactor':
    'Logging in takes a second factor, a link received by e-mail: after your password, follow the link in the e-mail we send you.',
  'login.order':
    'Order {order}: to complete it, create your account (Register) with the e-mail address given when ordering, or log in if you already have one.',
  'login.forgot': 'Forgot your password?',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.or': 'OR',
  'login.register': 'Register',
  'login.invalid':
    'The e-mail or the password is wrong. Just created your account? First confirm your address with the link we e-mailed: if the password is right, it is sent again.',
  'login.unverified':
    'Your e-mail address is not confirmed yet: we have just sent the confirmation link again. Open it, then log in.',

  'notice.emailVerified': 'Address confirmed, you can log in.',
  'notice.verifyLinkInvalid':
    'This confirmation link is no longer valid (already used or expired). Log in: if your address is not confirmed yet, a new link will be sent to you.',
  'notice.sessionExpired': 'Your session has expired. Please log in again.',
  'notice.loginExpired': 'The login link has expired. Please log in again.',
  'notice.passwordChanged': 'Your password has been changed. Log in with the new password.',
  'notice.loggedOut': 'You are logged out.',

  // «It was not me» (the login e-mail's denial link) and the waiting tab told of it.
  'notice.loginDenied':
    'This login was cancelled with the e-mail’s “It was not me” link. If it was you, log in again.',
};
