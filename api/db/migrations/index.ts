import type { Migration, MigrationProvider } from 'kysely';
import * as catalog from './2026-11-26-001-catalog.ts';
import * as orders from './2026-11-26-002-orders.ts';
import * as cgv from './2026-11-26-003-cgv.ts';
import * as accounts from './2026-11-26-004-accounts.ts';
import * as dossierDocuments from './2026-11-26-005-dossier-documents.ts';
import * as renewalReminders from './2026-11-26-006-renewal-reminders.ts';
import * as invoices from './2026-11-26-007-invoices.ts';
import * as partners from './2026-11-26-008-partners.ts';
import * as idempotencyLease from './2026-12-01-009-idempotency-lease.ts';
import * as accountSecurity from './2026-12-01-010-account-security.ts';
import * as evidenceEncryption from './2026-12-01-011-evidence-encryption.ts';
import * as invoiceCounterIssuedAt from './2026-12-02-012-invoice-counter-issued-at.ts';
import * as partnerPortal from './2026-12-02-013-partner-portal.ts';
import * as creditNotes from './2026-12-02-014-credit-notes.ts';
import * as cgvLanguages from './2026-12-02-015-cgv-languages.ts';
import * as renewalRevocation from './2026-12-02-016-renewal-revocation.ts';
import * as renewalOnce from './2026-12-02-017-renewal-once.ts';
import * as dossierSigners from './2026-12-02-018-dossier-signers.ts';
import * as neutralReaderText from './2026-12-02-019-neutral-reader-text.ts';
import * as statementRefusal from './2026-12-03-020-statement-refusal.ts';
import * as dossierSiren from './2026-12-03-021-dossier-siren.ts';

/**
 * Every migration, in order. A static list rather than a folder scan so the
 * same provider works in a Worker bundle (no file system there). Names are
 * date-prefixed; a landed migration is never edited, only followed.
 */
const migrations: Record<string, Migration> = {
  '2026-11-26-001-catalog': catalog as unknown as Migration,
  '2026-11-26-002-orders': orders,
  '2026-11-26-003-cgv': cgv,
  '2026-11-26-004-accounts': accounts,
  '2026-11-26-005-dossier-documents': dossierDocuments,
  '2026-11-26-006-renewal-reminders': renewalReminders,
  '2026-11-26-007-invoices': invoices,
  '2026-11-26-008-partners': partners,
  '2026-12-01-009-idempotency-lease': idempotencyLease,
  '2026-12-01-010-account-security': accountSecurity,
  '2026-12-01-011-evidence-encryption': evidenceEncryption,
  '2026-12-02-012-invoice-counter-issued-at': invoiceCounterIssuedAt,
  '2026-12-02-013-partner-portal': partnerPortal,
  '2026-12-02-014-credit-notes': creditNotes,
  '2026-12-02-015-cgv-languages': cgvLanguages,
  '2026-12-02-016-renewal-revocation': renewalRevocation,
  '2026-12-02-017-renewal-once': renewalOnce,
  '2026-12-02-018-dossier-signers': dossierSigners,
  '2026-12-02-019-neutral-reader-text': neutralReaderText,
  '2026-12-03-020-statement-refusal': statementRefusal,
  '2026-12-03-021-dossier-siren': dossierSiren,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
