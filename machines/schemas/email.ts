import * as v from 'valibot';
import { isEmail, normalizeEmail } from '../rules/email.ts';

/**
 * An e-mail address: trimmed, checked (`isEmail`), lowercased (`normalizeEmail`). Its own
 * module: the client space's login (machines/schemas/auth.ts) needs it without the purchase's
 * schemas (machines/schemas/purchase.ts), which the element loads with the purchase only.
 */
export const emailSchema = v.pipe(
  v.string('validation.required'),
  v.trim(),
  v.nonEmpty('validation.required'),
  v.check(isEmail, 'validation.email'),
  v.transform(normalizeEmail),
);
