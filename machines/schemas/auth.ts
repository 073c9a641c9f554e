import '../messages/account.ts';
import * as v from 'valibot';
import { defaultLocale, locales } from '../messages/locales.ts';
import { isCommonPassword, passwordMaxLength, passwordMinLength } from '../rules/password.ts';
import { emailSchema } from './email.ts';
import { safeText } from './text.ts';

/**
 * Client-space account schemas, shared by the element (comfort) and the API
 * (truth). Messages are keys of machines/messages.
 */

/**
 * A new password: 8–256 characters, no composition rule, not a common one; no NUL nor lone
 * surrogate (UTF-8 would turn every lone surrogate into the same U+FFFD before hashing).
 */
export const newPasswordSchema = v.pipe(
  v.string('validation.required'),
  safeText(),
  v.nonEmpty('validation.required'),
  v.minLength(passwordMinLength, 'validation.password_too_short'),
  v.maxLength(passwordMaxLength, 'validation.password_too_long'),
  v.check((password) => !isCommonPassword(password), 'validation.password_common'),
);

/** A password typed to log in: only bounded, never judged (old passwords stay usable). */
const passwordSchema = v.pipe(
  v.string('validation.required'),
  v.nonEmpty('validation.required'),
  v.maxLength(passwordMaxLength, 'validation.password_too_long'),
);

/** A token from an e-mailed link (base64url, 43 characters for 256 bits). */
export const tokenSchema = v.pipe(
  v.string('validation.token'),
  v.trim(),
  v.regex(/^[A-Za-z0-9_-]{20,128}$/, 'validation.token'),
);

const localeSchema = v.optional(v.picklist(locales, 'validation.locale'), defaultLocale);

export const registerSchema = v.pipe(
  v.object({
    email: emailSchema,
    password: newPasswordSchema,
    locale: localeSchema,
  }),
  v.forward(
    v.partialCheck(
      [['email'], ['password']],
      (input) => !isCommonPassword(input.password, input.email),
      'validation.password_common',
    ),
    ['password'],
  ),
);

export const loginSchema = v.object({ email: emailSchema, password: passwordSchema });

export const verifyLoginSchema = v.object({
  token: tokenSchema,
  loginAttemptId: v.optional(tokenSchema),
});

export const verifyEmailSchema = v.object({ token: tokenSchema });

/** «Ce n'était pas moi»: the login e-mail's denial token. */
export const denyLoginSchema = v.object({ token: tokenSchema });

export const passwordResetSchema = v.object({ email: emailSchema, locale: localeSchema });

export const passwordResetConfirmSchema = v.object({
  token: tokenSchema,
  password: newPasswordSchema,
});

export type RegisterRequest = v.InferOutput<typeof registerSchema>;
export type LoginRequest = v.InferOutput<typeof loginSchema>;
