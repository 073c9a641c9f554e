import { constantTimeEqual } from './tokens.ts';

/** What a one-time code row keeps: its hash, its expiry, the wrong tries so far. */
export interface SentCode {
  code_hash: string;
  expires_at: Date | string;
  attempts: number;
}

/**
 * The verdict on a code typed against the code that was sent (signature codes, revocation
 * codes): one rule for every attempt-limited code. `wrong` says how many tries the row has
 * now (to store) and how many remain; the last wrong try locks it.
 */
export type CodeVerdict =
  | { outcome: 'right' }
  | { outcome: 'expired' | 'locked' }
  | { outcome: 'wrong'; attempts: number; remaining: number };

export function judgeCode(
  sent: SentCode,
  typedHash: string,
  maxAttempts: number,
  now: Date,
): CodeVerdict {
  if (new Date(sent.expires_at) <= now) return { outcome: 'expired' };
  if (sent.attempts >= maxAttempts) return { outcome: 'locked' };
  if (constantTimeEqual(typedHash, sent.code_hash)) return { outcome: 'right' };
  const attempts = sent.attempts + 1;
  return { outcome: 'wrong', attempts, remaining: maxAttempts - attempts };
}
