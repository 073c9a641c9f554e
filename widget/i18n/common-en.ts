import type { commonFr } from './common-fr.ts';

/** The shared wording, English. */
export const commonEn: Record<keyof typeof commonFr, string> = {
  required: 'Fields marked with * are required.',
  errors: '{n} fields to correct. {first}',
  errorsOne: '{n} field to correct. {first}',
  retry: 'Try again',
  language: 'Language',
  network: 'The service cannot be reached right now. Check your connection and try again.',
  failed: 'The request did not go through. Try again in a moment.',
};
