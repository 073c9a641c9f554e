import { parseTrustProxy, type TrustProxy } from './http/client-ip.ts';
import {
  defaultRetentionPeriods,
  type RetentionPeriods,
  retentionEnvNames,
} from './retention/periods.ts';
import {
  developmentKeyRing,
  importKeyRing,
  type KeyRing,
  parseKeyRingSpec,
} from './security/encryption.ts';

/**
 * Configuration read from environment variables (documented in README.md).
 * Plain data: each entry point reads its own environment (process.env on
 * Node, bindings on Workers) and passes it here.
 */
export interface Config {
  port: number;
  host: string;
  /** Real Postgres when set; otherwise PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Demo mode: /dev routes, demo pages, mailbox. Never in production. */
  demo: boolean;
  /** `seeded`: the development table; `api`: the public French company-search API. */
  companyRegistry: 'seeded' | 'api';
  companySearchUrl: string | undefined;
  /** SMTP server URL (`smtp://user:pass@host:587`); unset: e-mails stay in the outbox (demo mailbox). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** HTTP SMS gateway (JSON POST); unset: SMS stay in the outbox (demo: read in the mailbox). */
  sms: { url: string; token: string; from: string } | undefined;
  /** Public URL of the site, for links in e-mails (unset: the address the server listens on). */
  publicUrl: string | undefined;
  /** The client space page that the confirmation e-mail links to (unset: PUBLIC_URL/espace-client). */
  clientSpaceUrl: string | undefined;
  /** TRUST_PROXY: which proxies may name the client (hop count, address/CIDR list, `cloudflare`); unset: none. */
  trustProxy: TrustProxy;
  /** METRICS_TOKEN: bearer token of `/metrics` (Node); unset: only loopback requests without a proxy header. */
  metricsToken: string | undefined;
  /** SHUTDOWN_GRACE_MS: how long SIGTERM waits for in-flight requests and the outbox batch (default 10 s). */
  shutdownGraceMs: number;
  /** ORDER_TIME_LIMIT_MS: POST /v1/orders's time limit, also its Idempotency-Key lease (default 30 s). */
  orderTimeLimitMs: number;
  /** ENCRYPTION_KEYS (`id:base64,…`, first current), checked; unset: the development key, demo mode only. */
  encryptionKeys: string | undefined;
  /** RETENTION_*: how long evidence and technical rows are kept (api/retention/periods.ts). */
  retention: RetentionPeriods;
  /**
   * REQUEST_TIMEOUT_MS (Node): how long a client may take to send a whole request, headers and
   * body (default 60 s: 10 MB over a 2 Mbit/s uplink fits); a stalled body is cut after it.
   */
  requestTimeoutMs: number;
}

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: Env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  }
  const registry = env.COMPANY_REGISTRY ?? 'seeded';
  if (registry !== 'seeded' && registry !== 'api') {
    throw new ConfigError(`COMPANY_REGISTRY must be "seeded" or "api", got "${registry}"`);
  }
  const host = env.HOST || '127.0.0.1';
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(env.TRUST_PROXY);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const grace = env.SHUTDOWN_GRACE_MS ? Number(env.SHUTDOWN_GRACE_MS) : 10_000;
  if (!Number.isInteger(grace) || grace < 0 || grace > 600_000) {
    throw new ConfigError(
      `SHUTDOWN_GRACE_MS must be a whole number of milliseconds (0–600000), got "${env.SHUTDOWN_GRACE_MS}"`,
    );
  }
  const requestTimeoutMs = env.REQUEST_TIMEOUT_MS ? Number(env.REQUEST_TIMEOUT_MS) : 60_000;
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 100 || requestTimeoutMs > 600_000) {
    throw new ConfigError(
      `REQUEST_TIMEOUT_MS must be a whole number of milliseconds (100–600000), got "${env.REQUEST_TIMEOUT_MS}"`,
    );
  }
  const orderTimeLimitMs = env.ORDER_TIME_LIMIT_MS ? Number(env.ORDER_TIME_LIMIT_MS) : 30_000;
  if (
    !Number.isInteger(orderTimeLimitMs) ||
    orderTimeLimitMs < 1000 ||
    orderTimeLimitMs > 600_000
  ) {
    throw new ConfigError(
      `ORDER_TIME_LIMIT_MS must be a whole number of milliseconds (1000–600000), got "${env.ORDER_TIME_LIMIT_MS}"`,
    );
  }
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters long');
  }
  const encryptionKeys = env.ENCRYPTION_KEYS?.trim() || undefined;
  if (encryptionKeys) {
    try {
      parseKeyRingSpec(encryptionKeys);
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  const retention = { ...defaultRetentionPeriods };
  for (const [field, name] of Object.entries(retentionEnvNames) as [
    keyof RetentionPeriods,
    string,
  ][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 100_000) {
      throw new ConfigError(`${name} must be a whole number from 1 to 100000, got "${raw}"`);
    }
    retention[field] = value;
  }
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || '.data/pglite',
    demo: env.DEMO === '1' || env.DEMO === 'true',
    companyRegistry: registry,
    companySearchUrl: env.COMPANY_SEARCH_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'CERTINOMIS <no-reply@certinomis-order.localhost>',
    sms: env.SMS_URL
      ? { url: env.SMS_URL, token: env.SMS_TOKEN ?? '', from: env.SMS_FROM || 'CERTINOMIS' }
      : undefined,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, '') : undefined,
    clientSpaceUrl: env.CLIENT_SPACE_URL || undefined,
    trustProxy,
    metricsToken,
    shutdownGraceMs: grace,
    orderTimeLimitMs,
    requestTimeoutMs,
    encryptionKeys,
    retention,
  };
}

/**
 * The master keys of encryption at rest: ENCRYPTION_KEYS, or — in demo and
 * test mode only — the public development key, with a warning. Anywhere else
 * a missing ENCRYPTION_KEYS is a ConfigError: identity scans and webhook
 * secrets are never stored under a key everybody knows.
 */
export async function encryptionKeyRing(
  config: { encryptionKeys: string | undefined },
  options: { allowDevelopmentKey: boolean; warn?: (message: string) => void },
): Promise<KeyRing> {
  if (config.encryptionKeys) return importKeyRing(config.encryptionKeys);
  if (!options.allowDevelopmentKey) {
    throw new ConfigError(
      'ENCRYPTION_KEYS is not set: identity scans and webhook secrets are encrypted at rest under it. ' +
        'Generate a key with `openssl rand -base64 32` and set ENCRYPTION_KEYS=k1:<that key> (README, "Encryption at rest").',
    );
  }
  (options.warn ?? console.warn)(
    'ENCRYPTION_KEYS is not set: files and secrets are encrypted under the public development key (demo/test only).',
  );
  return developmentKeyRing();
}
