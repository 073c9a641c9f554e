import { expect } from 'vitest';

/**
 * For the tests of answers made whole (api/http/rendered-json.ts): a browser on the test
 * partner's listed origin, over https as the trusted proxy says, with its own request id.
 */
export const partnerBrowser = {
  Origin: 'https://partner.example',
  'X-Forwarded-Proto': 'https',
  'X-Request-Id': 'same-request-id',
};

/** The security and CORS headers such a browser's answer carries, whole or given afterwards. */
export const securityAndCorsHeaders = [
  'X-Content-Type-Options',
  'X-Request-Id',
  'Strict-Transport-Security',
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'Vary',
] as const;

/** `answer` carries each of `names`, with the value `reference` carries. */
export function expectSameHeaders(
  answer: Response,
  reference: Response,
  names: readonly string[],
): void {
  for (const name of names) {
    expect(answer.headers.get(name), name).not.toBeNull();
    expect(reference.headers.get(name), name).toBe(answer.headers.get(name));
  }
}
