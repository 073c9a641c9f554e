/**
 * French: the field errors every schema may raise (required, type, length, characters, e-mail, ids,
 * bounded numbers, dates, pagination cursors): the machines' base table, which
 * machines/messages/messages.ts itself registers, so that every bundle that translates has them.
 * Keys are stable identifiers; valibot schemas carry them as their messages, each side translates.
 */
export const fieldsFr = {
  'validation.required': 'Ce champ est obligatoire.',
  'validation.type': 'Ce champ n’a pas le bon type.',
  'validation.too_long': 'Ce champ ne doit pas dépasser {max} caractères.',
  'validation.email': 'Adresse e-mail invalide.',
  'validation.text_characters':
    'Ce champ contient un caractère non autorisé (caractère nul ou caractère Unicode incomplet).',
  'validation.name_characters':
    'Saisissez le nom tel qu’il figure sur la pièce d’identité, sans caractère de contrôle ni de sens d’écriture.',
  'validation.id_format': 'Cet identifiant n’a pas le format attendu.',
  'validation.too_small': 'La valeur doit être au moins {min}.',
  'validation.too_large': 'La valeur ne doit pas dépasser {max}.',
  'validation.integer': 'Indiquez un nombre entier.',
  'validation.date': 'Date invalide (format AAAA-MM-JJ, date du calendrier).',
  'validation.cursor': 'Curseur de pagination invalide : reprenez depuis la première page.',
} as const;
