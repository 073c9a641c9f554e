import type { accountFr } from './account-fr.ts';

/** English of account-fr.ts: every French key must exist here (checked by the type). */
export const accountEn: Record<keyof typeof accountFr, string> = {
  'validation.password_too_short': 'The password must have at least 8 characters.',
  'validation.password_too_long': 'The password must not exceed 256 characters.',
  'validation.password_common':
    'This password is too common or too easy to guess: choose another one.',
  'validation.token': 'Invalid link or code.',
  'validation.locale': 'Unsupported language (fr or en).',
};
