import { describe, expect, it } from 'vitest';
import { judgeCode } from './one-time-code.ts';

const now = new Date('2026-12-01T10:00:00Z');
const sent = (attempts: number, expires = '2026-12-01T10:10:00Z') => ({
  code_hash: 'right-hash',
  expires_at: expires,
  attempts,
});

describe('judgeCode: one rule for every attempt-limited code', () => {
  it('takes the right code while fresh and not locked', () => {
    expect(judgeCode(sent(0), 'right-hash', 5, now)).toEqual({ outcome: 'right' });
  });

  it('counts a wrong try and says how many remain, the last one leaving none', () => {
    expect(judgeCode(sent(0), 'other', 5, now)).toEqual({
      outcome: 'wrong',
      attempts: 1,
      remaining: 4,
    });
    expect(judgeCode(sent(4), 'other', 5, now)).toEqual({
      outcome: 'wrong',
      attempts: 5,
      remaining: 0,
    });
  });

  it('refuses even the right code once locked or expired', () => {
    expect(judgeCode(sent(5), 'right-hash', 5, now)).toEqual({ outcome: 'locked' });
    expect(judgeCode(sent(0, '2026-12-01T10:00:00Z'), 'right-hash', 5, now)).toEqual({
      outcome: 'expired',
    });
  });
});
