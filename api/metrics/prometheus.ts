/**
 * Prometheus metrics of the Node entry (`/metrics`). Node only: prom-client
 * never enters the Workers bundle (scripts/check-worker-bundle.ts checks it);
 * only api/node.ts imports this folder.
 */
import { type Kysely, sql } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database, OutboxChannel } from '../db/database.ts';
import type { PoolStats } from '../db/postgres.ts';
import type { LogEntry } from '../http/request-log.ts';
import { DEFAULT_MAX_ATTEMPTS } from '../outbox/deliver.ts';

export interface MetricsDeps {
  db: Kysely<Database>;
  /** The pg pool's connections (undefined on PGlite: no pool gauges then). */
  poolStats?: () => PoolStats | undefined;
  /** E-mail/SMS rows that failed this many times are given up (the outbox worker's setting). */
  maxAttempts?: number;
}

export interface Metrics {
  registry: Registry;
  /** Counts a request from its log entry (route pattern and status class: bounded labels). */
  observe(entry: LogEntry): void;
  /** Samples the database-backed gauges (outbox backlog and failures, pool), then renders the text format. */
  render(): Promise<string>;
  contentType: string;
}

const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const channels: readonly OutboxChannel[] = ['email', 'sms', 'webhook'];

/** `2xx`, `4xx`…: per-status labels would multiply series for nothing. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

export function createMetrics(deps: MetricsDeps): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  const labelNames = ['method', 'route', 'status_class'] as const;
  const durationName = 'http_request_duration_seconds';
  const duration = new Histogram({
    name: durationName,
    help: 'Time to answer HTTP requests, by method, route pattern and status class.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [],
  });
  // The requests' count is the histogram's own, read when scraped: one observation per request
  // instead of two (each hashes its labels; together they were a tenth of a cacheable read's own
  // CPU, issue 21). Registered first, so the scrape lists it where it always was.
  const durationCount = `${durationName}_count`;
  new Counter({
    name: 'http_requests_total',
    help: 'Answered HTTP requests, by method, route pattern and status class.',
    labelNames,
    registers: [registry],
    async collect() {
      // Reset and refilled in one synchronous step after the read: two scrapes at once would
      // otherwise both reset, then both add, and report the sum of their reads.
      const { values } = await duration.get();
      this.reset();
      for (const value of values) {
        if (value.metricName === durationCount) this.inc(value.labels, value.value);
      }
    },
  });
  registry.registerMetric(duration);
  const unexpectedErrors = new Counter({
    name: 'http_unexpected_errors_total',
    help: 'Unexpected errors answered with 500, by route pattern.',
    labelNames: ['route'],
    registers: [registry],
  });
  new Gauge({
    name: 'pg_pool_connections',
    help: 'Connections of the Postgres pool: total, idle, and queries waiting for one.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = deps.poolStats?.();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  const pending = new Gauge({
    name: 'outbox_pending_rows',
    help: 'Outbox rows still to deliver (e-mail, SMS, partner webhooks).',
    labelNames: ['channel'],
    registers: [registry],
  });
  const failed = new Gauge({
    name: 'outbox_failed_rows',
    help: 'Outbox rows given up on: e-mail/SMS past their attempts, webhooks past their 3 days.',
    labelNames: ['channel'],
    registers: [registry],
  });
  const sampleErrors = new Counter({
    name: 'metrics_sample_errors_total',
    help: 'Scrapes whose database sample (outbox backlog) failed.',
    registers: [registry],
  });

  /** One grouped read of the unsent rows (the partial index `outbox_due_idx` covers them). */
  async function sampleOutbox(): Promise<void> {
    const rows = await sql<{ channel: OutboxChannel; pending: number; failed: number }>`
      select channel,
        count(*) filter (where failed_at is null and (channel = 'webhook' or attempts < ${maxAttempts}))::int as pending,
        count(*) filter (where failed_at is not null or (channel <> 'webhook' and attempts >= ${maxAttempts}))::int as failed
      from outbox where sent_at is null group by channel`.execute(deps.db);
    for (const channel of channels) {
      const row = rows.rows.find((r) => r.channel === channel);
      pending.set({ channel }, Number(row?.pending ?? 0));
      failed.set({ channel }, Number(row?.failed ?? 0));
    }
  }

  return {
    registry,
    contentType: registry.contentType,
    observe(entry) {
      if (entry.msg === 'unexpected error') {
        unexpectedErrors.inc({ route: entry.route });
        return;
      }
      const labels = {
        method: knownMethods.has(entry.method) ? entry.method : 'OTHER',
        route: entry.route,
        status_class: statusClass(entry.status),
      };
      duration.observe(labels, entry.durationMs / 1000);
    },
    async render() {
      try {
        await sampleOutbox();
      } catch {
        // The database is down: the scrape still answers (readiness says why), stale gauges aside.
        sampleErrors.inc();
      }
      return registry.metrics();
    },
  };
}
