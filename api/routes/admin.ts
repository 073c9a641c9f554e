import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { type Kysely, sql } from 'kysely';
import * as v from 'valibot';
import {
  type AdminDossier,
  DOSSIER_STATUSES,
  type DossierResponse,
  PARTNER_MODES,
  PAYMENT_METHODS,
  type PaymentRecorded,
  type QueueResponse,
} from '../../machines/contract.ts';
import { shipBy } from '../../machines/dossier/conditions.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import { dossierEventActors, stampDossierEvent } from '../../machines/dossier/events.ts';
import { translate } from '../../machines/messages/index.ts';
import { dossierEventSchema, paymentReceivedSchema } from '../../machines/schemas/dossier.ts';
import {
  calendarDateSchema,
  orderReferenceSchema,
  queryInteger,
  queryText,
  uuidSchema,
} from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, requireAccount } from '../http/auth.ts';
import { parseOrThrow, readJson } from '../http/body.ts';
import { localeOf } from '../http/locale.ts';
import { pathParam } from '../http/params.ts';
import { ProblemError, validationProblem } from '../http/problem.ts';
import { cancelInTransaction } from '../services/cancel-order.ts';
import { statusLabel } from '../services/dashboard.ts';
import { versionFromIfMatch } from '../services/dossier-versions.ts';
import {
  type Actor,
  applyEventInTransaction,
  type DossierRecord,
  dossierResponse,
  loadDossier,
} from '../services/dossiers.ts';
import { recordPayment } from '../services/payments.ts';
import { cancellationRoutes } from './cancellations.ts';

export interface AdminRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
  onOutboxWrite?: () => void;
}

const requireOperator: MiddlewareHandler<AuthEnv> = async (c, next) => {
  if (c.get('account').role !== 'operator') {
    throw new ProblemError(
      403,
      'operator-only',
      'problem.operator_only.title',
      'problem.operator_only.detail',
    );
  }
  await next();
};

/** The largest `offset` of the queue: deeper pages are reached by filtering, not by skipping. */
const MAX_OFFSET = 100_000;

export const listQuerySchema = v.object({
  status: v.optional(v.picklist(DOSSIER_STATUSES, 'validation.type')),
  reference: v.optional(queryText(20)),
  siret: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.replace(/\D/g, '')),
      v.maxLength(14, 'validation.too_long'),
    ),
  ),
  organisation: v.optional(queryText(100)),
  paymentMethod: v.optional(v.picklist(PAYMENT_METHODS, 'validation.type')),
  /** `live` (default): the real queue. `test`: orders placed with partners' test keys. */
  mode: v.optional(v.picklist(PARTNER_MODES, 'validation.type'), 'live'),
  express: v.optional(v.picklist(['true', 'false'], 'validation.type')),
  from: v.optional(calendarDateSchema),
  to: v.optional(calendarDateSchema),
  limit: v.optional(queryInteger(1, 200), '50'),
  offset: v.optional(queryInteger(0, MAX_OFFSET), '0'),
});

/**
 * `/v1/admin`: the CERTINOMIS back office. Operators only (accounts with role
 * `operator`, created by `npm run operator:create`, same login as buyers).
 * List and filter dossiers (Express first, with the time left on the 48 h
 * promise), open one with its history, send it operator events, record an
 * order's payment. Every action is an event of the shared dossier machine,
 * audited with the operator's id, and e-mailed to the buyer when the status changes.
 */
export function adminRoutes(deps: AdminRouteDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAccount(deps), requireOperator);
  const actorOf = (c: Context<AuthEnv>): Actor => {
    const account = c.get('account');
    return { kind: 'operator', id: account.id, email: account.email };
  };

  app.get('/dossiers', async (c) => {
    const q = parseOrThrow(c, listQuerySchema, c.req.query());
    const locale = localeOf(c);
    let query = deps.db
      .selectFrom('dossiers')
      .innerJoin('orders', 'orders.id', 'dossiers.order_id')
      .innerJoin('payments', 'payments.order_id', 'orders.id')
      .leftJoin('partners', 'partners.id', 'orders.partner_id')
      .where('orders.livemode', '=', q.mode === 'live')
      .select([
        'dossiers.id',
        'dossiers.position',
        'dossiers.status',
        'dossiers.version',
        'dossiers.updated_at',
        'partners.name as partner_name',
        'orders.livemode',
        sql<DossierContext | null>`dossiers.data -> 'context'`.as('context'),
        'orders.reference',
        'orders.created_at',
        'orders.quantity',
        'orders.express',
        'orders.siret',
        'orders.organisation_name',
        'orders.email',
        'payments.method as payment_method',
        'payments.status as payment_status',
      ]);
    if (q.status) query = query.where('dossiers.status', '=', q.status);
    if (q.reference)
      query = query.where('orders.reference', 'like', `${q.reference.toUpperCase()}%`);
    if (q.siret) query = query.where('orders.siret', 'like', `${q.siret}%`);
    if (q.organisation)
      query = query.where(
        'orders.organisation_name',
        'ilike',
        `%${q.organisation.replace(/[%_\\]/g, '\\$&')}%`,
      );
    if (q.paymentMethod) query = query.where('payments.method', '=', q.paymentMethod);
    if (q.express) query = query.where('orders.express', '=', q.express === 'true');
    // Days are UTC days, computed by Postgres (a JS Date of 9999-12-31 + 1 day has no ISO form it reads).
    if (q.from)
      query = query.where(
        'orders.created_at',
        '>=',
        sql<Date>`(${q.from}::date)::timestamp at time zone 'UTC'`,
      );
    if (q.to)
      query = query.where(
        'orders.created_at',
        '<',
        sql<Date>`(${q.to}::date + 1)::timestamp at time zone 'UTC'`,
      );
    // Revocations awaiting an operator first (a lost token signs until revoked), oldest first.
    const pendingRevocation = sql<
      string | null
    >`case when dossiers.data #>> '{context,revocation,status}' = 'requested' then dossiers.data #>> '{context,revocation,requestedAt}' end`;
    const rows = await query
      .select(pendingRevocation.as('revocation_requested_at'))
      .orderBy(sql`(${pendingRevocation}) is null`)
      .orderBy(pendingRevocation)
      .orderBy('orders.express', 'desc')
      .orderBy('orders.created_at', 'asc')
      .orderBy('dossiers.position', 'asc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    const now = deps.now().getTime();
    return c.json({
      items: rows.map((row) => {
        const deadline = row.context ? shipBy(row.context) : null;
        return {
          id: row.id,
          orderReference: row.reference,
          orderDate: new Date(row.created_at).toISOString(),
          position: row.position,
          quantity: row.quantity,
          organisation: row.organisation_name,
          siret: row.siret,
          email: row.email,
          status: row.status,
          statusLabel: statusLabel(row.status, locale),
          paymentMethod: row.payment_method,
          paymentStatus: row.payment_status,
          express: row.express,
          shipBy: deadline,
          hoursLeft: deadline ? Math.round((Date.parse(deadline) - now) / 360_000) / 10 : null,
          version: row.version,
          partner: row.partner_name,
          livemode: row.livemode,
          revocationRequestedAt: row.revocation_requested_at,
          hoursSinceRevocationRequest: row.revocation_requested_at
            ? Math.round((now - Date.parse(row.revocation_requested_at)) / 360_000) / 10
            : null,
        };
      }),
    } satisfies QueueResponse);
  });

  app.get('/dossiers/:id', async (c) => {
    const actor = actorOf(c);
    const row = await loadDossier(deps.db, pathParam(c, 'id', uuidSchema), actor);
    const [history, order] = await Promise.all([
      deps.db
        .selectFrom('audit_events')
        .select([
          'occurred_at',
          'actor_type as actorType',
          'actor_id as actorId',
          'event',
          'from_state as fromState',
          'to_state as toState',
          'data',
        ])
        .where((eb) =>
          eb.or([
            eb.and([eb('entity_type', '=', 'dossier'), eb('entity_id', '=', row.id)]),
            eb.and([eb('entity_type', '=', 'order'), eb('entity_id', '=', row.order_id)]),
          ]),
        )
        .orderBy('occurred_at', 'asc')
        .execute(),
      deps.db
        .selectFrom('orders')
        .innerJoin('payments', 'payments.order_id', 'orders.id')
        .select([
          'orders.reference',
          'orders.customer',
          'orders.billing',
          'orders.total_ht as totalHt',
          'orders.total_vat as totalVat',
          'orders.total_ttc as totalTtc',
          'orders.usb_reader as usbReader',
          'orders.express',
          'orders.public_administration as publicAdministration',
          'payments.method',
          'payments.status',
          'payments.details',
          'payments.received_at',
        ])
        .where('orders.id', '=', row.order_id)
        .executeTakeFirstOrThrow(),
    ]);
    c.header('ETag', `"${row.version}"`);
    c.header('Cache-Control', 'no-store');
    const { received_at: receivedAt, ...orderFacts } = order;
    return c.json({
      dossier: await dossierResponse(deps.db, row, actor, localeOf(c)),
      order: {
        ...orderFacts,
        receivedAt: receivedAt ? new Date(receivedAt).toISOString() : null,
      },
      history: history.map(({ occurred_at: occurredAt, ...h }) => ({
        occurredAt: new Date(occurredAt).toISOString(),
        ...h,
      })),
    } satisfies AdminDossier);
  });

  app.post('/dossiers/:id/events', async (c) => {
    const dossierId = pathParam(c, 'id', uuidSchema);
    const expected = versionFromIfMatch(c.req.header('If-Match'));
    const actor = actorOf(c);
    const locale = localeOf(c);
    const body = await readJson(c, dossierEventSchema);
    if (dossierEventActors[body.type] !== 'operator' || body.type === 'payment.received') {
      // payment.received goes through /orders/{reference}/payment, which checks it against the order.
      throw validationProblem([
        { field: 'type', message: translate(locale, 'validation.event_forbidden') },
      ]);
    }
    const now = deps.now();
    const row: DossierRecord = await deps.db.transaction().execute(async (trx) => {
      if (body.type === 'order.cancelled') {
        // Cancelling one certificate is a cancellation of the order: its credit note, refund, webhook.
        const { reference } = await loadDossier(trx, dossierId, actor);
        const input = { reference, dossierIds: [dossierId], reason: body.reason, actor, locale };
        await cancelInTransaction(trx, deps, { ...input, expectedVersion: expected });
        return loadDossier(trx, dossierId, actor);
      }
      return applyEventInTransaction(
        trx,
        dossierId,
        actor,
        stampDossierEvent(body, now.toISOString()),
        locale,
        expected,
        now,
        deps,
      );
    });
    deps.onOutboxWrite?.();
    c.header('ETag', `"${row.version}"`);
    return c.json((await dossierResponse(deps.db, row, actor, locale)) satisfies DossierResponse);
  });

  app.post('/orders/:reference/payment', async (c) => {
    const reference = pathParam(c, 'reference', orderReferenceSchema);
    const payment = await readJson(c, paymentReceivedSchema);
    const result = await recordPayment(deps, reference, payment, actorOf(c), localeOf(c));
    deps.onOutboxWrite?.();
    return c.json(result satisfies PaymentRecorded);
  });

  app.route('/', cancellationRoutes(deps));
  return app;
}
