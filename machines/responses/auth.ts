import * as v from 'valibot';
import type {
  AuthAccepted,
  EmailVerified,
  LoginDenied,
  LoginStarted,
  MeResponse,
  PasswordResetDone,
  PollLoginResponse,
  VerifyLoginResponse,
} from '../contract.ts';
import { dateTime, localeSchema } from './common.ts';
import type { Same } from './same-type.ts';

export const loginStartedSchema = v.object({ loginAttemptId: v.string(), expiresAt: dateTime });
const _started: Same<v.InferOutput<typeof loginStartedSchema>, LoginStarted> = true;

export const sessionResponseSchema = v.object({ accessToken: v.string(), expiresAt: dateTime });
const loginApprovedSchema = v.object({ status: v.literal('approved') });
const loginPendingSchema = v.object({ status: v.literal('pending'), expiresAt: dateTime });

export const verifyLoginResponseSchema = v.union([sessionResponseSchema, loginApprovedSchema]);
const _verify: Same<v.InferOutput<typeof verifyLoginResponseSchema>, VerifyLoginResponse> = true;

export const pollLoginResponseSchema = v.union([sessionResponseSchema, loginPendingSchema]);
const _poll: Same<v.InferOutput<typeof pollLoginResponseSchema>, PollLoginResponse> = true;

export { loginPendingSchema };

export const authAcceptedSchema = v.object({ status: v.literal('pending') });
const _accepted: Same<v.InferOutput<typeof authAcceptedSchema>, AuthAccepted> = true;

export const emailVerifiedSchema = v.object({ status: v.literal('verified') });
const _verified: Same<v.InferOutput<typeof emailVerifiedSchema>, EmailVerified> = true;

export const loginDeniedSchema = v.object({ status: v.literal('denied') });
const _denied: Same<v.InferOutput<typeof loginDeniedSchema>, LoginDenied> = true;

export const passwordResetDoneSchema = v.object({ status: v.literal('ok') });
const _reset: Same<v.InferOutput<typeof passwordResetDoneSchema>, PasswordResetDone> = true;

export const meResponseSchema = v.object({ email: v.string(), locale: localeSchema });
const _me: Same<v.InferOutput<typeof meResponseSchema>, MeResponse> = true;
