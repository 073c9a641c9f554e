/**
 * How long what we keep is kept (DOMAIN.md, retention). Configuration, not
 * code: each one has an environment variable (README, Configuration).
 */
export interface RetentionPeriods {
  /** Identity scans of refused or cancelled dossiers, after the dossier closed (RETENTION_CLOSED_SCANS_DAYS). */
  closedDossierScansDays: number;
  /** Registration evidence (scans, signature records) after the certificate expired (RETENTION_EVIDENCE_YEARS). */
  evidenceYearsAfterExpiry: number;
  /** Idempotency keys after they were made, and any key past its expiry (RETENTION_IDEMPOTENCY_DAYS). */
  idempotencyKeyDays: number;
  /** Outbox rows once sent (or given up) (RETENTION_OUTBOX_DAYS). */
  outboxDays: number;
  /** Webhook delivery attempts (RETENTION_WEBHOOK_ATTEMPTS_DAYS). */
  webhookAttemptDays: number;
  /** Throttle counters after their window started: longer than any window (RETENTION_THROTTLE_HOURS). */
  throttleHours: number;
  /**
   * Networks an account logged in from (login_sources: what lets a known network past the
   * per-address ceiling), after their last login (RETENTION_LOGIN_SOURCES_DAYS).
   */
  loginSourceDays: number;
}

export const defaultRetentionPeriods: RetentionPeriods = {
  closedDossierScansDays: 30,
  evidenceYearsAfterExpiry: 7,
  idempotencyKeyDays: 7,
  outboxDays: 90,
  webhookAttemptDays: 90,
  throttleHours: 24,
  loginSourceDays: 180,
};

/** The environment variable of each period. */
export const retentionEnvNames: Record<keyof RetentionPeriods, string> = {
  closedDossierScansDays: 'RETENTION_CLOSED_SCANS_DAYS',
  evidenceYearsAfterExpiry: 'RETENTION_EVIDENCE_YEARS',
  idempotencyKeyDays: 'RETENTION_IDEMPOTENCY_DAYS',
  outboxDays: 'RETENTION_OUTBOX_DAYS',
  webhookAttemptDays: 'RETENTION_WEBHOOK_ATTEMPTS_DAYS',
  throttleHours: 'RETENTION_THROTTLE_HOURS',
  loginSourceDays: 'RETENTION_LOGIN_SOURCES_DAYS',
};
