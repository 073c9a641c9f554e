import { sql, type Transaction } from 'kysely';
import { conflictingEvent, type TouchingEvent } from '../../machines/dossier/merge.ts';
import { type Locale, translate } from '../../machines/messages/index.ts';
import type { Database } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import type { DossierRecord } from './dossiers.ts';

/**
 * A dossier's versions (`If-Match`, its ETag): the 428 without one, the 409 on a stale one, and
 * an event sent against an older version merged on top when nothing it touches has changed.
 */

export const preconditionRequired = () =>
  new ProblemError(
    428,
    'precondition-required',
    'problem.precondition_required.title',
    'problem.precondition_required.detail',
  );

export const staleVersion = (current: number) =>
  new ProblemError(
    409,
    'stale-version',
    'problem.stale_version.title',
    'problem.stale_version.detail',
    { version: current },
    undefined,
    { ETag: `"${current}"` },
    { currentVersion: current },
  );

/** A real conflict: what changed since the version the client read is named in the detail. */
export const conflictingChange = (current: number, changed: TouchingEvent, locale: Locale) =>
  new ProblemError(
    409,
    'stale-version',
    'problem.stale_version.title',
    'problem.conflict.detail',
    { version: current, change: translate(locale, `change.${changed.type}`) },
    undefined,
    { ETag: `"${current}"` },
    // `changed`: the event type that changed what this request changes.
    { currentVersion: current, changed: changed.type },
  );

/**
 * What, among the versions written after `since`, conflicts with `event` (the machine's rule,
 * `machines/dossier/merge.ts`): the first event touching what `event` touches, `'unknown'` when
 * a version has no audit row to tell (never merged blindly), null when `event` may go on top.
 * Each version is written with its audit row (`data.version`, `data.event`).
 */
export async function conflictSince(
  trx: Transaction<Database>,
  row: DossierRecord,
  event: TouchingEvent,
  since: number,
): Promise<TouchingEvent | 'unknown' | null> {
  if (since > row.version) return 'unknown';
  const audited = await trx
    .selectFrom('audit_events')
    .select('data')
    .where('entity_type', '=', 'dossier')
    .where('entity_id', '=', row.id)
    .where(sql<number>`(data->>'version')::int`, '>', since)
    .execute();
  if (audited.length < row.version - since) return 'unknown';
  return conflictingEvent(
    event,
    audited.map(({ data }) => (data as { event: TouchingEvent }).event),
  );
}

/** An event sent against an older version: applied on top, or 409 naming what changed. */
export async function mergeOrRefuse(
  trx: Transaction<Database>,
  row: DossierRecord,
  event: TouchingEvent,
  expected: number,
  locale: Locale,
): Promise<void> {
  const conflict = await conflictSince(trx, row, event, expected);
  if (conflict === 'unknown') throw staleVersion(row.version);
  if (conflict) throw conflictingChange(row.version, conflict, locale);
}

/** `If-Match: "3"` (or `3`, or `W/"3"`) → 3; anything else → 428. */
export function versionFromIfMatch(header: string | undefined): number {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  if (!match?.[1]) throw preconditionRequired();
  return Number(match[1]);
}
