import type { Kysely, Transaction } from 'kysely';
import { dossierTimeZone } from '../../machines/dossier/context.ts';
import type { DossierEvent } from '../../machines/dossier/events.ts';
import { applyDossierEvent } from '../../machines/dossier.machine.ts';
import { type Locale, type MessageKey, translate } from '../../machines/messages/index.ts';
import type { RevocationReason } from '../../machines/schemas/dossier.ts';
import type { Database } from '../db/database.ts';
import { revocationCodeEmail } from '../emails/revocation.ts';
import { ProblemError, validationProblem } from '../http/problem.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { judgeCode } from '../security/one-time-code.ts';
import { hit } from '../security/throttle.ts';
import { tooManyRequests } from './auth/policy.ts';
import {
  type Actor,
  applyEventInTransaction,
  type DossierRecord,
  inputOf,
  loadDossier,
  persistedOf,
} from './dossiers.ts';
import {
  hashRevocationCode,
  normaliseRevocationCode,
  randomRevocationCode,
  revocationCodePolicy,
} from './revocation-code.ts';
import { dossierBrand, holderOf, holdersEmails } from './revocation-notices.ts';

interface Deps {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
}

/** Would the machine record `revocation.requested` now? (422 with its issues if not.) */
function assertRevocable(row: DossierRecord, event: DossierEvent, locale: Locale) {
  const result = applyDossierEvent(persistedOf(row), inputOf(row), event);
  if (!result.ok) {
    throw validationProblem(
      result.issues.map((issue) => ({
        field: issue.field === 'type' ? 'certificate' : issue.field,
        message: translate(
          locale,
          issue.key === 'validation.event_not_allowed'
            ? 'validation.revocation_not_issued'
            : issue.key,
          issue.params ?? {},
        ),
      })),
    );
  }
}

/**
 * The buyer asks to revoke a certificate: checked against the machine (a valid certificate, no
 * request pending), then a code (72 h, single use) is e-mailed to the bénéficiaire and the
 * mandataire in the transaction that stores its hash. Nothing reaches the back office before
 * the code is entered.
 */
export async function requestRevocation(
  deps: Deps,
  dossierId: string,
  actor: Actor,
  body: { reason: RevocationReason; comment: string },
  locale: Locale,
): Promise<{ expiresAt: string; sentTo: number }> {
  const now = deps.now();
  const row = await loadDossier(deps.db, dossierId, actor);
  const probe: DossierEvent = {
    type: 'revocation.requested',
    reason: body.reason,
    comment: body.comment,
    at: now.toISOString(),
  };
  assertRevocable(row, probe, locale);
  const { limit, windowMs } = revocationCodePolicy.requestsPerDossier;
  const gate = await hit(deps.db, `revocation:${dossierId}`, limit, windowMs, now);
  if (!gate.allowed) throw tooManyRequests(gate.retryAfterSeconds);
  const context = persistedOf(row)?.context;
  const recipients = context ? holdersEmails(context) : [];
  const code = randomRevocationCode();
  const expiresAt = new Date(now.getTime() + revocationCodePolicy.lifetimeMs);
  const clientSpaceUrl = row.partner_client_space_url ?? deps.clientSpaceUrl;
  await deps.db.transaction().execute(async (trx) => {
    // A new request ends the previous unused code.
    await trx
      .updateTable('revocation_requests')
      .set({ expires_at: now })
      .where('dossier_id', '=', dossierId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
    await trx
      .insertInto('revocation_requests')
      .values({
        dossier_id: dossierId,
        reason: body.reason,
        comment: body.comment,
        code_hash: await hashRevocationCode(code),
        requested_by: actor.id,
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
    for (const to of recipients) {
      await enqueueEmail(trx, {
        to,
        ...revocationCodeEmail({
          code,
          holder: context ? holderOf(context) : row.reference,
          serialNumber: context?.certificate?.serialNumber ?? null,
          reference: row.reference,
          reason: body.reason,
          expiresAt,
          publicUrl: `${clientSpaceUrl}#revocation`,
          locale: row.locale,
          timeZone: dossierTimeZone(context),
          brand: dossierBrand(row),
        }),
      });
    }
  });
  return { expiresAt: expiresAt.toISOString(), sentTo: recipients.length };
}

type Unused = { id: string; dossier_id: string; reason: string; comment: string };

/** The code is right: spent, and the request recorded on the dossier (`revocation.requested`). */
async function spend(
  trx: Transaction<Database>,
  deps: Deps,
  request: Unused,
  actor: Actor,
  locale: Locale,
  now: Date,
): Promise<DossierRecord> {
  await trx
    .updateTable('revocation_requests')
    .set({ used_at: now })
    .where('id', '=', request.id)
    .execute();
  return applyEventInTransaction(
    trx,
    request.dossier_id,
    { ...actor, as: 'system' },
    {
      type: 'revocation.requested',
      reason: request.reason as RevocationReason,
      comment: request.comment,
      at: now.toISOString(),
    },
    locale,
    null,
    now,
    deps,
  );
}

/**
 * The buyer enters the code in the client space: the latest unused request of the dossier,
 * not expired, fewer than 5 wrong attempts (a wrong code counts one, kept although the request
 * fails).
 */
export async function confirmRevocation(
  deps: Deps,
  dossierId: string,
  actor: Actor,
  code: string,
  locale: Locale,
): Promise<DossierRecord> {
  const now = deps.now();
  const fail = (key: MessageKey, params: Record<string, number> = {}) =>
    validationProblem([{ field: 'code', message: translate(locale, key, params) }]);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    await loadDossier(trx, dossierId, actor, { forUpdate: true });
    const request = await trx
      .selectFrom('revocation_requests')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .where('used_at', 'is', null)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!request) return { error: fail('validation.revocation_code_missing') };
    const verdict = judgeCode(
      request,
      await hashRevocationCode(code),
      revocationCodePolicy.maxAttempts,
      now,
    );
    if (verdict.outcome === 'expired') return { error: fail('validation.revocation_code_expired') };
    if (verdict.outcome === 'locked') return { error: fail('validation.revocation_code_locked') };
    if (verdict.outcome === 'wrong') {
      await trx
        .updateTable('revocation_requests')
        .set({ attempts: verdict.attempts })
        .where('id', '=', request.id)
        .execute();
      return {
        error:
          verdict.remaining > 0
            ? fail('validation.code_wrong', { remaining: verdict.remaining })
            : fail('validation.revocation_code_locked'),
      };
    }
    return { record: await spend(trx, deps, request, actor, locale, now) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.record;
}

/**
 * The public page (no account): whoever holds the e-mailed code confirms the request. Throttled
 * per client address and overall; the answer is the same whether or not the code exists, is
 * spent or expired (only the throttle's 429 differs, and it does not depend on the code).
 */
export async function confirmRevocationByCode(
  deps: Deps,
  code: string,
  clientIp: string,
  locale: Locale,
): Promise<void> {
  const now = deps.now();
  const perAddress = revocationCodePolicy.publicPerAddress;
  const overall = revocationCodePolicy.publicOverall;
  const gates = [
    await hit(deps.db, `revocation-public:${clientIp}`, perAddress.limit, perAddress.windowMs, now),
    await hit(deps.db, 'revocation-public', overall.limit, overall.windowMs, now),
  ];
  const closed = gates.find((gate) => !gate.allowed);
  if (closed) throw tooManyRequests(closed.retryAfterSeconds);
  const canonical = normaliseRevocationCode(code);
  if (!canonical) return;
  const hash = await hashRevocationCode(canonical);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const request = await trx
        .selectFrom('revocation_requests')
        .select(['id', 'dossier_id', 'reason', 'comment'])
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .where('attempts', '<', revocationCodePolicy.maxAttempts)
        .forUpdate()
        .executeTakeFirst();
      if (!request) return;
      // No account: the request acts (audited as `system` with the request's id), unscoped.
      const system: Actor = { kind: 'operator', id: request.id, email: '' };
      await spend(trx, deps, request, system, locale, now);
    });
  } catch (error) {
    // The machine refused (e.g. revoked meanwhile): the same answer, nothing changed.
    if (!(error instanceof ProblemError)) throw error;
  }
}
