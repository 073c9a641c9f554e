/**
 * The app the replayed attacks of issue 13 are sent to (api/fuzz/attacks-*.test.ts): demo
 * mode, an order whose first dossier is filled up to the identity step (so that events and
 * uploads would be accepted if well formed), a buyer's and an operator's session, and the
 * errors the app reports. `expectRefused` sends one attack and checks that it is the 4xx
 * problem naming the field, that nothing was reported, and that the database is as it was.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import type { AppDeps } from '../app.ts';
import { fillDossierToIdentity } from './dossier-steps.ts';
import { sessionFor } from './sessions.ts';
import type { TestApp } from './test-app.ts';

export const buyer = 'attaque.bord@moliere.fr';

export interface Attack {
  name: string;
  method: string;
  path: string;
  /** A JSON body (serialised with JSON.stringify: a lone surrogate travels as `\ud800`). */
  body?: unknown;
  /** A body sent as is. */
  raw?: BodyInit;
  headers?: Record<string, string>;
  /** Which session the request carries. */
  as?: 'buyer' | 'operator' | 'partner-secret' | 'none';
  status: number;
  /** The field named in `errors[]` (omitted for the 400 on a malformed address). */
  field?: string;
}

/**
 * Call inside the file's describe: `malformedInput((deps) => createTestApp(deps))`. The
 * app, the order and the sessions are made in `beforeAll`; read them from the returned
 * object inside the tests.
 */
export function malformedInput(create: (overrides: Partial<AppDeps>) => Promise<TestApp>) {
  let t: TestApp;
  let buyerAuth: { Authorization: string };
  let operatorAuth: { Authorization: string };
  let dossierId: string;
  let reference: string;
  const reported: string[] = [];

  /** Row counts and versions of everything a request could write. */
  const snapshot = async () => {
    const count = async (
      table:
        | 'orders'
        | 'audit_events'
        | 'outbox'
        | 'documents'
        | 'idempotency_keys'
        | 'signature_codes'
        | 'invoices',
    ) =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const dossiers = await t.db
      .selectFrom('dossiers')
      .select(['id', 'version', 'status'])
      .orderBy('id')
      .execute();
    const payments = await t.db
      .selectFrom('payments')
      .select(['order_id', 'status'])
      .orderBy('order_id')
      .execute();
    return {
      orders: await count('orders'),
      audit: await count('audit_events'),
      outbox: await count('outbox'),
      documents: await count('documents'),
      idempotency: await count('idempotency_keys'),
      codes: await count('signature_codes'),
      invoices: await count('invoices'),
      dossiers,
      payments,
    };
  };

  beforeAll(async () => {
    t = await create({
      demo: true,
      reportError: (error, context) =>
        reported.push(`${context.path}: ${(error as Error).stack ?? String(error)}`),
    });
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(res.status).toBe(201);
    const order = (await res.json()) as OrderResponse;
    dossierId = order.dossiers[0]?.id ?? '';
    reference = order.reference;
    buyerAuth = await sessionFor(t.db, buyer);
    operatorAuth = await sessionFor(t.db, 'operateur.bord@certinomis.fr', 'operator');
    // Up to the identity step, so that events and uploads would be accepted if well formed.
    await fillDossierToIdentity(t, dossierId, buyerAuth);
  });
  afterAll(() => t.destroy());

  const send = (attack: Attack) => {
    const auth =
      attack.as === 'operator'
        ? operatorAuth
        : attack.as === 'partner-secret'
          ? { Authorization: `Bearer ${t.partner.secretKey}` }
          : attack.as === 'none'
            ? {}
            : buyerAuth;
    const headers = new Headers({ ...auth, ...attack.headers });
    // Operators work from CERTINOMIS's back office only: no partner key (an empty one is none).
    if (attack.as === 'operator') headers.set('X-Partner-Key', '');
    let body: BodyInit | undefined = attack.raw;
    if (attack.body !== undefined) {
      body = JSON.stringify(attack.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    return t.request(attack.path, {
      method: attack.method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
  };

  const expectRefused = async (attack: Attack) => {
    const before = await snapshot();
    const res = await send(attack);
    const text = await res.text();
    expect(res.status, `${attack.name}: ${text}`).toBe(attack.status);
    expect(res.headers.get('Content-Type'), attack.name).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(text) as {
      status: number;
      title: string;
      errors?: { field: string; message: string }[];
    };
    expect(problem.status).toBe(attack.status);
    expect(problem.title).toEqual(expect.any(String));
    if (attack.field !== undefined) {
      expect(
        problem.errors?.map((error) => error.field),
        `${attack.name}: ${text}`,
      ).toContain(attack.field);
    }
    expect(await snapshot(), attack.name).toEqual(before);
    expect(reported).toEqual([]);
  };

  return {
    /** What the app reported as unexpected errors (none, for every attack). */
    reported,
    expectRefused,
    get dossierId() {
      return dossierId;
    },
    /** The order's reference. */
    get reference() {
      return reference;
    },
    get buyerAuth() {
      return buyerAuth;
    },
    get operatorAuth() {
      return operatorAuth;
    },
  };
}
