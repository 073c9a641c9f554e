import type { fieldsFr } from './fields-fr.ts';

/** English of fields-fr.ts: every French key must exist here (checked by the type). */
export const fieldsEn: Record<keyof typeof fieldsFr, string> = {
  'validation.required': 'This field is required.',
  'validation.type': 'This field has the wrong type.',
  'validation.too_long': 'This field must not exceed {max} characters.',
  'validation.email': 'Invalid e-mail address.',
  'validation.text_characters':
    'This field contains a character that is not allowed (a null character or an incomplete Unicode character).',
  'validation.name_characters':
    'Type the name as it appears on the identity document, without control or text-direction characters.',
  'validation.id_format': 'This identifier does not have the expected format.',
  'validation.too_small': 'The value must be at least {min}.',
  'validation.too_large': 'The value must not exceed {max}.',
  'validation.integer': 'Enter a whole number.',
  'validation.date': 'Invalid date (YYYY-MM-DD, a real calendar date).',
  'validation.cursor': 'Invalid pagination cursor: start again from the first page.',
};
