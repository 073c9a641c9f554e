import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../http/request-log.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createMetrics } from './prometheus.ts';

function answered(route: string, status: number, durationMs: number): RequestLogEntry {
  return {
    level: 'info',
    msg: 'request',
    time: new Date().toISOString(),
    requestId: 'test',
    method: 'GET',
    route,
    status,
    durationMs,
  };
}

/** The value of one sample line of the text format, or undefined when it is absent. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('request metrics', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('counts every request once in http_requests_total, equal to its histogram count, across scrapes', async () => {
    const metrics = createMetrics({ db: database.db });
    const ok = 'method="GET",route="/v1/catalog",status_class="2xx"';
    const refused = 'method="GET",route="/v1/catalog",status_class="4xx"';
    for (let i = 0; i < 3; i++) metrics.observe(answered('/v1/catalog', 200, 4 + i));
    metrics.observe(answered('/v1/catalog', 404, 30));

    const first = await metrics.render();
    expect(sample(first, `http_requests_total{${ok}}`)).toBe(3);
    expect(sample(first, `http_requests_total{${refused}}`)).toBe(1);
    expect(sample(first, `http_request_duration_seconds_count{${ok}}`)).toBe(3);
    expect(sample(first, `http_request_duration_seconds_bucket{le="0.005",${ok}}`)).toBe(2);
    expect(first.indexOf('# TYPE http_requests_total counter')).toBeLessThan(
      first.indexOf('# TYPE http_request_duration_seconds histogram'),
    );

    // A counter never goes back: the second scrape shows the total so far, not what came since.
    metrics.observe(answered('/v1/catalog', 200, 1));
    const second = await metrics.render();
    expect(sample(second, `http_requests_total{${ok}}`)).toBe(4);
    expect(sample(second, `http_requests_total{${refused}}`)).toBe(1);
    expect(sample(second, `http_request_duration_seconds_count{${ok}}`)).toBe(4);
  });

  it('gives every one of two concurrent scrapes the same totals (two Prometheus servers scraping at once)', async () => {
    const metrics = createMetrics({ db: database.db });
    const ok = 'method="GET",route="/healthz",status_class="2xx"';
    for (let i = 0; i < 5; i++) metrics.observe(answered('/healthz', 200, 1));
    const scrapes = await Promise.all(Array.from({ length: 5 }, () => metrics.registry.metrics()));
    for (const text of scrapes) expect(sample(text, `http_requests_total{${ok}}`)).toBe(5);
  });
});
