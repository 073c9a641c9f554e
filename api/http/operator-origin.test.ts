import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../machines/contract.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp, testPartnerKey } from '../testing/test-app.ts';

/**
 * The back office is CERTINOMIS's only (issue 14): an operator's token that
 * reached a partner's page (or its server) must open nothing there.
 */
describe("an operator's session on a partner's surface", () => {
  let t: TestApp;
  let operator: { Authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    operator = await sessionFor(t.db, 'operateur@certinomis.fr', 'operator');
  });
  afterAll(() => t.destroy());

  const onOwnOrigin = { 'X-Partner-Key': null };

  it('works from the back office (no partner key)', async () => {
    const list = await t.call('GET', '/v1/admin/dossiers', undefined, {
      ...operator,
      ...onOwnOrigin,
    });
    expect(list.status).toBe(200);
  });

  it('is refused with the partner key, from the partner page or its server, on every route', async () => {
    const fromPartnerPage = {
      ...operator,
      'X-Partner-Key': testPartnerKey,
      Origin: 'https://partner.example',
    };
    const fromPartnerServer = { ...operator, 'X-Partner-Key': testPartnerKey };
    for (const headers of [fromPartnerPage, fromPartnerServer]) {
      for (const path of ['/v1/admin/dossiers', '/v1/me', '/v1/me/dossiers']) {
        const answer = await t.call('GET', path, undefined, headers);
        expect(answer.status, path).toBe(403);
        const problem = (await answer.json()) as Problem;
        expect(problem.type).toMatch(/operator-partner-origin$/);
        expect(JSON.stringify(problem)).not.toContain('"items"');
      }
    }
    // A state change through the partner's page is refused before it runs.
    const event = await t.call(
      'POST',
      '/v1/admin/dossiers/00000000-0000-4000-8000-000000000000/events',
      { type: 'VERIFY_IDENTITY' },
      { ...fromPartnerServer, 'If-Match': '"1"' },
    );
    expect(event.status).toBe(403);
  });

  it('is refused when the session itself was opened through a partner', async () => {
    const bound = await sessionFor(t.db, 'operateur2@certinomis.fr', 'operator', {
      partnerId: t.partner.partner.id,
    });
    const answer = await t.call('GET', '/v1/admin/dossiers', undefined, {
      ...bound,
      ...onOwnOrigin,
    });
    expect(answer.status).toBe(403);
  });

  it("leaves a buyer's session through the partner alone", async () => {
    const buyer = await sessionFor(t.db, 'acheteur@moliere.fr', 'customer', {
      partnerId: t.partner.partner.id,
    });
    expect((await t.call('GET', '/v1/me', undefined, buyer)).status).toBe(200);
  });
});
