import type { Kysely } from 'kysely';
import type { Signer } from '../../machines/contract.ts';
import { hasSigned, signerMobile, signerRecord } from '../../machines/dossier/signers.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { translate } from '../../machines/messages/index.ts';
import { formatFrenchPhone } from '../../machines/rules/phone.ts';
import type { Database } from '../db/database.ts';
import { validationProblem } from '../http/problem.ts';
import { enqueueSms } from '../outbox/enqueue.ts';
import { judgeCode } from '../security/one-time-code.ts';
import { hit } from '../security/throttle.ts';
import { hashToken } from '../security/tokens.ts';
import { tooManyRequests } from './auth/policy.ts';
import { mergeOrRefuse } from './dossier-versions.ts';
import {
  type Actor,
  applyEventInTransaction,
  type DossierRecord,
  loadDossier,
  persistedOf,
} from './dossiers.ts';

/** SMS signature codes: 6 digits, 10 minutes, 5 attempts, stored hashed, bound to a dossier version. */
export const signatureCodePolicy = {
  lifetimeMs: 10 * 60_000,
  maxAttempts: 5,
  resendPerDossier: { limit: 3, windowMs: 15 * 60_000 },
};

/** A uniformly random 6-digit code (rejection sampling: no modulo bias). */
export function randomCode(): string {
  const limit = 4_294_000_000; // largest multiple of 1,000,000 below 2^32
  for (;;) {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
    if (value < limit) return String(value % 1_000_000).padStart(6, '0');
  }
}

/** The stored form of a code: SHA-256 over the dossier id and the code (never the code itself). */
const hashCode = (dossierId: string, code: string) => hashToken(`${dossierId}:${code}`);

/** A signer who already signed signs no more (a third signature): 422 naming `signer`. */
function refuseSigned(record: DossierRecord, signer: Signer, locale: Locale): void {
  const context = persistedOf(record)?.context;
  if (context && hasSigned(context, signer)) {
    throw validationProblem([
      { field: 'signer', message: translate(locale, 'validation.signer_signed') },
    ]);
  }
}

/**
 * Sends `signer`'s signing code by SMS (outbox) to their own mobile (the mandataire's, or the
 * bénéficiaire's when another person: machines/dossier/signers.ts) and records
 * `signature.codeSent` with the version the dossier will have after it: any later change to
 * the dossier voids the code (the machine forgets it). Resends are throttled per signer.
 */
export async function sendSignatureCode(
  deps: { db: Kysely<Database>; now: () => Date; clientSpaceUrl?: string },
  dossierId: string,
  actor: Actor,
  expectedVersion: number,
  locale: Locale,
  signer: Signer = 'mandataire',
): Promise<{ record: DossierRecord; sentTo: string; expiresAt: string }> {
  const now = deps.now();
  refuseSigned(await loadDossier(deps.db, dossierId, actor), signer, locale);
  const { limit, windowMs } = signatureCodePolicy.resendPerDossier;
  const key = signer === 'mandataire' ? `sms-code:${dossierId}` : `sms-code:${dossierId}:${signer}`;
  const gate = await hit(deps.db, key, limit, windowMs, now);
  if (!gate.allowed) throw tooManyRequests(gate.retryAfterSeconds);
  const code = randomCode();
  const expiresAt = new Date(now.getTime() + signatureCodePolicy.lifetimeMs);
  return deps.db.transaction().execute(async (trx) => {
    const record = await applyEventInTransaction(
      trx,
      dossierId,
      { ...actor, as: 'system' },
      { type: 'signature.codeSent', version: expectedVersion + 1, signer, at: now.toISOString() },
      locale,
      expectedVersion,
      now,
      deps.clientSpaceUrl ? { clientSpaceUrl: deps.clientSpaceUrl } : undefined,
    );
    const context = persistedOf(record)?.context;
    const mobile = context ? signerMobile(context, signer) : null;
    if (!mobile)
      throw validationProblem([
        { field: `${signer}.mobile`, message: translate(locale, 'validation.mobile_fr') },
      ]);
    await trx
      .insertInto('signature_codes')
      .values({
        dossier_id: dossierId,
        code_hash: await hashCode(dossierId, code),
        dossier_version: record.version,
        signer,
        phone: mobile,
        created_at: now,
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
    const text =
      locale === 'en'
        ? `CERTINOMIS: your code to sign the dossier ${record.reference} is ${code}. Valid 10 minutes. Never share it.`
        : `CERTINOMIS : votre code pour signer le dossier ${record.reference} est ${code}. Valable 10 minutes. Ne le communiquez à personne.`;
    await enqueueSms(trx, { to: mobile, text });
    return { record, sentTo: maskPhone(mobile), expiresAt: expiresAt.toISOString() };
  });
}

function maskPhone(e164: string): string {
  const formatted = formatFrenchPhone(e164);
  return formatted.replace(/\d(?=(?:\D*\d){2})/g, (digit, offset: number) =>
    offset < 2 ? digit : '•',
  );
}

/**
 * Checks `signer`'s code and, when right, records their `signature.signedOnline` (the last
 * signature the dossier needs sends it to review). A wrong code counts an attempt (kept even
 * though the request fails); past 5, or once expired, or when the dossier changed since
 * sending (the machine voided the signer's code), the code is dead.
 */
export async function confirmSignatureCode(
  deps: { db: Kysely<Database>; now: () => Date; clientSpaceUrl?: string },
  dossierId: string,
  actor: Actor,
  expectedVersion: number,
  code: string,
  locale: Locale,
  signer: Signer = 'mandataire',
): Promise<DossierRecord> {
  const now = deps.now();
  const fail = (key: Parameters<typeof translate>[1], params: Record<string, number> = {}) =>
    validationProblem([{ field: 'code', message: translate(locale, key, params) }]);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const dossier = await loadDossier(trx, dossierId, actor, { forUpdate: true });
    // An operator's change meanwhile (a payment recorded) does not fail the signature.
    if (dossier.version !== expectedVersion) {
      await mergeOrRefuse(
        trx,
        dossier,
        { type: 'signature.signedOnline' },
        expectedVersion,
        locale,
      );
    }
    refuseSigned(dossier, signer, locale);
    const sent = await trx
      .selectFrom('signature_codes')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .where('signer', '=', signer)
      .where('used_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('dossier_version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!sent) return { error: fail('validation.code_missing') };
    const context = persistedOf(dossier)?.context;
    const live = context ? signerRecord(context, signer).codeSentForVersion : null;
    if (sent.dossier_version !== live) return { error: fail('validation.code_void') };
    const verdict = judgeCode(
      sent,
      await hashCode(dossierId, code),
      signatureCodePolicy.maxAttempts,
      now,
    );
    if (verdict.outcome === 'expired') return { error: fail('validation.code_expired') };
    if (verdict.outcome === 'locked') return { error: fail('validation.code_locked') };
    if (verdict.outcome === 'wrong') {
      await trx
        .updateTable('signature_codes')
        .set({ attempts: verdict.attempts })
        .where('id', '=', sent.id)
        .execute();
      return {
        error:
          verdict.remaining > 0
            ? fail('validation.code_wrong', { remaining: verdict.remaining })
            : fail('validation.code_locked'),
      };
    }
    await trx
      .updateTable('signature_codes')
      .set({ used_at: now })
      .where('id', '=', sent.id)
      .execute();
    const record = await applyEventInTransaction(
      trx,
      dossierId,
      { ...actor, as: 'system' },
      { type: 'signature.signedOnline', signer, at: now.toISOString() },
      locale,
      expectedVersion,
      now,
      deps.clientSpaceUrl ? { clientSpaceUrl: deps.clientSpaceUrl } : undefined,
    );
    return { record };
  });
  if ('error' in outcome && outcome.error) throw outcome.error;
  return (outcome as { record: DossierRecord }).record;
}
