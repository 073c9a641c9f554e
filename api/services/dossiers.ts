import type { Kysely, Transaction } from 'kysely';
import type { DossierResponse, DossierStatus, Role } from '../../machines/contract.ts';
import type { DossierContext, DossierInput } from '../../machines/dossier/context.ts';
import type { DossierActor, DossierEvent } from '../../machines/dossier/events.ts';
import {
  acceptedEvents,
  applyDossierEvent,
  type FieldIssue,
  initialDossier,
  isCustomerEditable,
  type PersistedDossier,
  restoreDossier,
  statusOf,
  stepOf,
} from '../../machines/dossier.machine.ts';
import { type Locale, translate } from '../../machines/messages/index.ts';
import { isUuid } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { dossierStatusEmail } from '../emails/dossier-status.ts';
import { notFound, validationProblem } from '../http/problem.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import {
  certificateIssuedData,
  certificateShippedData,
  enqueueWebhookEvent,
} from '../webhooks/enqueue.ts';
import { statusLabel } from './dashboard.ts';
import { dossierInputOf } from './dossier-input.ts';
import {
  type DocumentRow,
  type DossierKey,
  type DossierRecord,
  dossierDocuments,
  dossierRow,
  dossierWithDocuments,
  lockedDossierRow,
  storedStep,
} from './dossier-statements.ts';
import { mergeOrRefuse } from './dossier-versions.ts';
import { payeeOf } from './payee.ts';
import { sellerRow } from './reference-data.ts';
import { dossierBrand, revocationNotices } from './revocation-notices.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Who is acting: a buyer (sees only dossiers of orders placed with their e-mail) or an operator. */
export interface Actor {
  kind: Role;
  id: string;
  email: string;
  /** A buyer reading through a partner (key or partner-bound session) sees only its orders. */
  partnerId?: string | null;
}

/** The service's rows, read by the statements of `dossier-statements.ts`. */
export type { DocumentRow, DossierRecord };

/** Loads a dossier the actor may see (a buyer: only their orders'), or 404 — never 403, to reveal nothing. */
export async function loadDossier(
  db: Executor,
  id: string,
  actor: Actor,
  options: { forUpdate?: boolean } = {},
): Promise<DossierRecord> {
  const key = dossierKey(id, actor);
  const statement = options.forUpdate ? lockedDossierRow : dossierRow;
  const row = (await statement.execute(db, key)).rows[0];
  if (!row) throw notFound(`/v1/dossiers/${id}`);
  return row;
}

/** `loadDossier` and the dossier's documents, in one statement. */
async function loadDossierWithDocuments(
  db: Executor,
  id: string,
  actor: Actor,
): Promise<{ row: DossierRecord; documents: DocumentRow[] }> {
  const found = (await dossierWithDocuments.execute(db, dossierKey(id, actor))).rows[0];
  if (!found) throw notFound(`/v1/dossiers/${id}`);
  const { documents, ...row } = found;
  return { row, documents };
}

/** What picks the dossier for `actor`: a buyer sees only their orders' (and their partner's). */
function dossierKey(id: string, actor: Actor): DossierKey {
  // Routes check their `:id` with `pathParam`; this guard keeps any other caller off the uuid cast.
  if (!isUuid(id)) throw notFound(`/v1/dossiers/${id}`);
  if (actor.kind !== 'customer') return { id };
  return actor.partnerId
    ? { id, email: actor.email, partnerId: actor.partnerId }
    : { id, email: actor.email };
}

export function inputOf(row: DossierRecord): DossierInput {
  return dossierInputOf({
    reference: row.reference,
    product_code: row.product_code,
    validity_years: row.validity_years,
    express: row.express,
    payment_method: row.payment_method,
    payment_status: row.payment_status,
    customer: row.customer,
    organisation_name: row.organisation_name,
    siret: row.siret,
  });
}

export function persistedOf(row: DossierRecord): PersistedDossier | null {
  const data = row.data as Partial<PersistedDossier>;
  return data && 'value' in data && 'context' in data ? (data as PersistedDossier) : null;
}

function snapshotOf(row: DossierRecord) {
  const persisted = persistedOf(row);
  return persisted ? restoreDossier(persisted) : initialDossier(inputOf(row));
}

/** The API view of a dossier for `actor`. */
export async function dossierResponse(
  db: Executor,
  row: DossierRecord,
  actor: Actor,
  locale: Locale,
  /** The dossier's documents when already read (`applyEvent`). */
  prefetched?: DocumentRow[],
): Promise<DossierResponse> {
  const snapshot = snapshotOf(row);
  const context: DossierContext = snapshot.context;
  const [documents, seller] = await Promise.all([
    prefetched ?? dossierDocuments.execute(db, { id: row.id }).then((result) => result.rows),
    // The payee from the per-process read cache (api/db/read-cache.ts).
    sellerRow(db),
  ]);
  const status = statusOf(snapshot);
  const { issues: _issues, ...data } = context;
  return {
    id: row.id,
    orderReference: row.reference,
    orderDate: new Date(row.order_created_at).toISOString(),
    productLabel: locale === 'en' ? row.label_en : row.label_fr,
    position: row.position,
    quantity: row.quantity,
    express: row.express,
    status,
    statusLabel: statusLabel(status, locale),
    step: stepOf(snapshot),
    version: row.version,
    accepts: acceptedEvents(snapshot, actor.kind),
    editable: actor.kind === 'customer' && isCustomerEditable(snapshot),
    data: data as unknown as Record<string, unknown>,
    documents: documents.map((d) => ({
      id: d.id,
      contentType: d.content_type,
      size: d.size,
      uploadedAt: new Date(d.uploaded_at).toISOString(),
    })),
    payee: payeeOf(seller),
  };
}

/**
 * Applies one machine event to a dossier inside `trx`: locks the row,
 * checks the version (409 when stale), lets the machine accept or refuse
 * (422 with the machine's issues, nothing written), then stores the new
 * state with version + 1 and its audit row. Returns the updated record.
 */
export async function applyEventInTransaction(
  trx: Transaction<Database>,
  dossierId: string,
  actor: Actor & { as?: DossierActor },
  event: DossierEvent,
  locale: Locale,
  expectedVersion: number | null,
  now: Date,
  notify?: { clientSpaceUrl: string },
): Promise<DossierRecord> {
  const row = await loadDossier(trx, dossierId, actor, { forUpdate: true });
  if (expectedVersion !== null && row.version !== expectedVersion) {
    await mergeOrRefuse(trx, row, event, expectedVersion, locale);
  }
  const before = persistedOf(row);
  const fromStatus = row.status;
  const result = applyDossierEvent(before, inputOf(row), event);
  if (!result.ok) throw refusal(result.issues, locale);
  const version = row.version + 1;
  // The new state and its audit row in one statement (a data-modifying CTE: one round trip).
  if (!(await storeStep(trx, { row, actor, event, result, now }))) {
    throw new Error(`dossier ${row.id} changed under its row lock`);
  }
  // Each status change (and an identity refusal, which asks the buyer to act) is e-mailed
  // to the order's contact, in the order's language, in the same transaction.
  // A revocation's decision has its own e-mails (buyer, bénéficiaire, mandataire) and webhook.
  if (event.type === 'revocation.confirmed' || event.type === 'revocation.refused') {
    await revocationNotices(
      trx,
      row,
      event,
      result.persisted.context,
      now,
      notify?.clientSpaceUrl ?? '',
    );
  }
  const ownNotice = result.status === 'revoked';
  if (notify && !ownNotice && (result.status !== fromStatus || event.type === 'identity.refused')) {
    const email = dossierStatusEmail({
      status: result.status,
      context: result.persisted.context,
      position: row.position,
      quantity: row.quantity,
      // A white-label reseller's buyers go back to its own client space.
      clientSpaceUrl: row.partner_client_space_url ?? notify.clientSpaceUrl,
      locale: row.locale,
      brand: dossierBrand(row),
    });
    await enqueueEmail(trx, { to: row.email, ...email });
  }
  // The partner whose key placed the order hears of it too (signed webhooks, same transaction).
  if (result.status !== fromStatus && row.partner_id) {
    const context = result.persisted.context;
    const partnerId = row.partner_id;
    await enqueueWebhookEvent(trx, {
      partnerId,
      type: 'dossier.status_changed',
      data: {
        dossierId,
        orderReference: row.reference,
        from: fromStatus as DossierStatus,
        to: result.status,
      },
      now,
    });
    if (result.status === 'issued') {
      await enqueueWebhookEvent(trx, {
        partnerId,
        type: 'certificate.issued',
        data: certificateIssuedData(dossierId, context),
        now,
      });
    }
    if (result.status === 'shipped' || result.status === 'at_post_office') {
      await enqueueWebhookEvent(trx, {
        partnerId,
        type: 'certificate.shipped',
        data: certificateShippedData(dossierId, context),
        now,
      });
    }
  }
  return {
    ...row,
    version,
    status: result.status,
    data: result.persisted as unknown as Record<string, unknown>,
  };
}

/**
 * One machine event in its own transaction, as `applyEventInTransaction` does it, in two
 * statements when nothing else is needed (issue 21): the dossier and its documents read
 * without a lock, the machine's step, then the new state and its audit row written in one
 * statement only if the dossier is still at the version read (a concurrent writer's
 * commit, or its lock released, makes that statement write nothing). The locked path —
 * the same checks and the same step, on the row locked — takes over whenever the client's
 * version is not the one read (merge or 409), the event sends e-mails or webhooks (a status
 * change, an identity refusal, a revocation's decision), or the dossier changed meanwhile.
 * A refusal is the machine's on the row read: 422, nothing written, as on the locked path.
 */
export async function applyEvent(
  db: Kysely<Database>,
  dossierId: string,
  actor: Actor & { as?: DossierActor },
  event: DossierEvent,
  locale: Locale,
  expectedVersion: number,
  now: Date,
  notify?: { clientSpaceUrl: string },
): Promise<{ record: DossierRecord; documents?: DocumentRow[] }> {
  const locked = async () => ({
    record: await db
      .transaction()
      .execute((trx) =>
        applyEventInTransaction(trx, dossierId, actor, event, locale, expectedVersion, now, notify),
      ),
  });
  if (NOTIFYING_EVENTS.has(event.type)) return locked();
  const { row, documents } = await loadDossierWithDocuments(db, dossierId, actor);
  if (row.version !== expectedVersion) return locked();
  const result = applyDossierEvent(persistedOf(row), inputOf(row), event);
  if (!result.ok) throw refusal(result.issues, locale);
  if (result.status !== row.status) return locked();
  const version = row.version + 1;
  const written = await storeStep(db, { row, actor, event, result, now });
  // The audit row is inserted from the updated row: none when the version moved.
  if (!written) return locked();
  return {
    record: {
      ...row,
      version,
      status: result.status,
      data: result.persisted as unknown as Record<string, unknown>,
    },
    documents,
  };
}

/**
 * Writes a step the machine accepted: the dossier's new state at the next version and its audit
 * row, in one statement (a data-modifying CTE: one round trip), only if the dossier is still at
 * the version read (under the row lock it always is). False when nothing was written.
 */
async function storeStep(
  db: Executor,
  step: {
    row: DossierRecord;
    actor: Actor & { as?: DossierActor };
    event: DossierEvent;
    result: { text: string; status: DossierStatus };
    now: Date;
  },
): Promise<boolean> {
  const { row, actor, event, result, now } = step;
  const stored = await storedStep.execute(db, {
    id: row.id,
    version: row.version,
    data: result.text,
    status: result.status,
    from: row.status,
    now,
    actorType: actor.as === 'system' ? 'system' : actor.kind,
    actorId: actor.id,
    event: event.type,
    audit: JSON.stringify({ version: row.version + 1, event: redactEvent(event) }),
  });
  return Number(stored.numAffectedRows ?? 0) === 1;
}

/** Events whose decision sends its own e-mails and webhook (`revocationNotices`): the locked path. */
const NOTIFYING_EVENTS: ReadonlySet<DossierEvent['type']> = new Set([
  'identity.refused',
  'revocation.confirmed',
  'revocation.refused',
]);

function refusal(issues: readonly FieldIssue[], locale: Locale) {
  return validationProblem(
    issues.map((issue) => ({
      field: issue.field,
      message: translate(locale, issue.key, issue.params ?? {}),
    })),
  );
}

/** What the audit keeps of an event: its type and fields, without step data (already in the dossier). */
function redactEvent(event: DossierEvent): Record<string, unknown> {
  if (event.type === 'dossier.save') return { type: event.type, step: event.step };
  return { ...event } as Record<string, unknown>;
}
