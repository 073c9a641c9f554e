/**
 * French: the client space's account errors (machines/schemas/auth.ts: passwords, e-mailed tokens,
 * languages): registered by machines/messages/account.ts, which auth.ts imports.
 * Keys are stable identifiers; valibot schemas carry them as their messages, each side translates.
 */
export const accountFr = {
  'validation.password_too_short': 'Le mot de passe doit comporter au moins 8 caractères.',
  'validation.password_too_long': 'Le mot de passe ne doit pas dépasser 256 caractères.',
  'validation.password_common':
    'Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.',
  'validation.token': 'Lien ou code invalide.',
  'validation.locale': 'Langue non prise en charge (fr ou en).',
} as const;
