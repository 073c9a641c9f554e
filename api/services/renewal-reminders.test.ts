import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';
import { sendRenewalReminders } from './renewal-reminders.ts';

const day = 86_400_000;

describe(`renewal reminders (${databaseKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  async function issuedCertificate(email: string, notAfter: string, status = 'shipped') {
    const res = await t.call('POST', '/v1/orders', orderBody({ email }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    const id = ((await res.json()) as OrderResponse).dossiers[0]!.id;
    await sql`update dossiers set status = ${status},
      data = jsonb_set(data, '{context,certificate}', ${JSON.stringify({ serialNumber: 'AB12', notBefore: '2024-01-01T00:00:00Z', notAfter })}::jsonb)
      where id = ${id}`.execute(t.db);
    return id;
  }
  const remindersTo = async (email: string) =>
    (await t.db.selectFrom('outbox').select('subject').where('recipient', '=', email).execute())
      .map((m) => m.subject ?? '')
      .filter((s) => s.includes('expire'));

  it('sends the 90-day then the 30-day reminder, each once, however often the job runs', async () => {
    const expiry = new Date('2027-06-30T00:00:00Z');
    await issuedCertificate('renew@moliere.fr', expiry.toISOString());
    await issuedCertificate('cancelled@moliere.fr', expiry.toISOString(), 'cancelled');
    // A test order's "certificate" was never real: no reminder.
    const test = await issuedCertificate('test-order@moliere.fr', expiry.toISOString());
    await sql`update orders set livemode = false
      where id = (select order_id from dossiers where id = ${test})`.execute(t.db);
    const run = (at: number) =>
      sendRenewalReminders({
        db: t.db,
        now: () => new Date(expiry.getTime() - at * day),
        clientSpaceUrl: 'http://x/espace-client',
      });

    expect(await run(120)).toBe(0);
    expect(await run(89)).toBe(1);
    expect(await run(89)).toBe(0);
    expect(await run(60)).toBe(0);
    expect(await run(29)).toBe(1);
    expect(await run(10)).toBe(0);
    expect(await remindersTo('renew@moliere.fr')).toEqual([
      'Votre certificat CERTINOMIS expire dans 89 jours',
      'Votre certificat CERTINOMIS expire dans 29 jours',
    ]);
    expect(await remindersTo('cancelled@moliere.fr')).toEqual([]);
    expect(await remindersTo('test-order@moliere.fr')).toEqual([]);
  });

  it('sends only the 30-day reminder to a certificate first seen 20 days before expiry', async () => {
    const expiry = new Date('2027-09-30T00:00:00Z');
    await issuedCertificate('late@moliere.fr', expiry.toISOString());
    const now = () => new Date(expiry.getTime() - 20 * day);
    await sendRenewalReminders({ db: t.db, now, clientSpaceUrl: 'http://x' });
    await sendRenewalReminders({
      db: t.db,
      now: () => new Date(expiry.getTime() - 19 * day),
      clientSpaceUrl: 'http://x',
    });
    expect(await remindersTo('late@moliere.fr')).toEqual([
      'Votre certificat CERTINOMIS expire dans 20 jours',
    ]);
  });

  describe.runIf(databaseKind === 'postgres')('on real Postgres', () => {
    it('two job runs at once send each reminder once', async () => {
      const expiry = new Date('2027-12-31T00:00:00Z');
      for (let i = 0; i < 10; i++)
        await issuedCertificate(`race${i}@moliere.fr`, expiry.toISOString());
      const deps = {
        db: t.db,
        now: () => new Date(expiry.getTime() - 80 * day),
        clientSpaceUrl: 'http://x',
      };
      const [a, b] = await Promise.all([sendRenewalReminders(deps), sendRenewalReminders(deps)]);
      expect(a + b).toBe(10);
    });
  });
});
