/**
 * What a partner sees: never another partner's orders, sessions bound to the partner whose
 * page started the login, idempotency keys per partner, and test keys whose orders stay out
 * of the real queue and invoice series. Partners A and B: api/testing/partners.ts.
 */
import { describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { hashPassword } from '../security/password.ts';
import { hashToken } from '../security/tokens.ts';
import { keyA, keyB, twoPartners } from '../testing/partners.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

describe(`partners: scoping (${databaseKind})`, () => {
  let t: TestApp;
  const partners = twoPartners(async () => (t = await createTestApp()));
  const { place, count } = partners;

  describe('scoping', () => {
    it("never shows partner A's order to partner B", async () => {
      const placed = (await (await place(keyA)).json()) as OrderResponse;
      const dossierId = placed.dossiers[0]?.id as string;
      const email = 'jb.poquelin@moliere.fr';

      // A buyer session opened through A: sees the dossier with A's key.
      const throughA = await sessionFor(t.db, email, 'customer', { partnerId: partners.partnerA });
      const listA = await t.call('GET', '/v1/me/dossiers', undefined, {
        ...throughA,
        'X-Partner-Key': keyA,
      });
      expect(((await listA.json()) as { items: unknown[] }).items).toHaveLength(1);
      // The same token on B's page is not valid there.
      const stolen = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, {
        ...throughA,
        'X-Partner-Key': keyB,
      });
      expect(stolen.status).toBe(401);

      // A session through B (same buyer) never reads A's order, its dossier or its invoice.
      const throughB = await sessionFor(t.db, email, 'customer', { partnerId: partners.partnerB });
      const headersB = { ...throughB, 'X-Partner-Key': keyB };
      const listB = await t.call('GET', '/v1/me/dossiers', undefined, headersB);
      expect(((await listB.json()) as { items: unknown[] }).items).toHaveLength(0);
      expect((await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, headersB)).status).toBe(
        404,
      );
      expect(
        (await t.call('GET', `/v1/orders/${placed.reference}/invoice.pdf`, undefined, headersB))
          .status,
      ).toBe(404);

      // CERTINOMIS's own client space (no key, unbound session) shows every order of the buyer.
      const firstParty = await sessionFor(t.db, email);
      const all = await t.call('GET', '/v1/me/dossiers', undefined, {
        ...firstParty,
        'X-Partner-Key': null,
      });
      expect(((await all.json()) as { items: unknown[] }).items).toHaveLength(1);
    });

    it('binds the session to the partner whose page started the login, whoever collects it', async () => {
      const email = 'armande.bejart@moliere.fr';
      const placedA = (await (await place(keyA, email)).json()) as OrderResponse;
      const now = new Date();
      await t.db
        .insertInto('accounts')
        .values({
          email,
          password_hash: await hashPassword('Le Misanthrope 1666!'),
          email_verified_at: now,
          created_at: now,
          password_changed_at: now,
        })
        .execute();
      const loginToken = async () => {
        const rows = await t.db
          .selectFrom('outbox')
          .select('text_body')
          .where('recipient', '=', email)
          .orderBy('created_at', 'desc')
          .execute();
        for (const { text_body } of rows) {
          const match = /[?&]login=([A-Za-z0-9_-]+)/.exec(text_body);
          if (match?.[1]) return match[1];
        }
        throw new Error('no login link');
      };
      // B's page starts the login; the buyer opens the link elsewhere (approves it).
      const started = await t.call(
        'POST',
        '/v1/auth/login',
        { email, password: 'Le Misanthrope 1666!' },
        { 'X-Partner-Key': keyB },
      );
      const { loginAttemptId } = (await started.json()) as { loginAttemptId: string };
      const approved = await t.call(
        'POST',
        '/v1/auth/verify',
        { token: await loginToken() },
        { 'X-Partner-Key': null },
      );
      expect(approved.status).toBe(200);
      // Collecting it without B's key (as if first party), or with A's key: not there.
      for (const key of [null, keyA]) {
        const poll = await t.call('GET', `/v1/auth/login/${loginAttemptId}`, undefined, {
          'X-Partner-Key': key,
        });
        expect(poll.status, String(key)).toBe(404);
      }
      // B collects it: a session bound to B, which never reads A's order.
      const poll = await t.call('GET', `/v1/auth/login/${loginAttemptId}`, undefined, {
        'X-Partner-Key': keyB,
      });
      expect(poll.status).toBe(200);
      const { accessToken } = (await poll.json()) as { accessToken: string };
      const session = await t.db
        .selectFrom('sessions')
        .select('partner_id')
        .where('token_hash', '=', await hashToken(accessToken))
        .executeTakeFirstOrThrow();
      expect(session.partner_id).toBe(partners.partnerB);
      const dossierId = placedA.dossiers[0]?.id as string;
      for (const key of [null, keyB]) {
        const read = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, {
          Authorization: `Bearer ${accessToken}`,
          'X-Partner-Key': key,
        });
        expect(read.status, String(key)).toBe(404);
      }
    });

    it('scopes idempotency keys per partner', async () => {
      const headers = { 'Idempotency-Key': 'same-key-for-both-partners' };
      const a = await t.call('POST', '/v1/orders', orderBody(), {
        ...headers,
        'X-Partner-Key': keyA,
      });
      const b = await t.call('POST', '/v1/orders', orderBody(), {
        ...headers,
        'X-Partner-Key': keyB,
      });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.headers.get('Idempotent-Replayed')).toBeNull();
      expect(await count('orders')).toBe(2);
    });
  });

  describe('test keys', () => {
    it('make test orders: outside the real queue, invoiced in the TEST series', async () => {
      const test = (await (await place(keyA)).json()) as OrderResponse;
      const live = (await (await place(keyB)).json()) as OrderResponse;
      const rows = await t.db
        .selectFrom('orders')
        .innerJoin('invoices', 'invoices.order_id', 'orders.id')
        .select(['orders.reference', 'orders.livemode', 'orders.partner_id', 'invoices.number'])
        .execute();
      const byRef = new Map(rows.map((r) => [r.reference, r]));
      expect(byRef.get(test.reference)).toMatchObject({
        livemode: false,
        partner_id: partners.partnerA,
      });
      expect(byRef.get(test.reference)?.number).toMatch(/^TEST-FA\d{4}-\d{6}$/);
      expect(byRef.get(live.reference)).toMatchObject({
        livemode: true,
        partner_id: partners.partnerB,
      });
      expect(byRef.get(live.reference)?.number).toMatch(/^FA\d{4}-\d{6}$/);

      // The back office sends no partner key.
      const operator = {
        ...(await sessionFor(t.db, 'operateur@certinomis.fr', 'operator')),
        'X-Partner-Key': null,
      };
      const queue = async (query: string) =>
        (
          (await (
            await t.call('GET', `/v1/admin/dossiers${query}`, undefined, operator)
          ).json()) as { items: { orderReference: string; partner: string | null }[] }
        ).items.map((item) => item.orderReference);
      expect(await queue('')).toEqual([live.reference]);
      expect(await queue('?mode=test')).toEqual([test.reference]);
    });
  });
});
