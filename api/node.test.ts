import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { type RunningServer, startNodeServer } from './node.ts';
import { eventually, postInFlight, refused } from './testing/in-flight.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './testing/test-database.ts';

/**
 * The Node entry over real sockets: the client address comes from the socket
 * (TRUST_PROXY unset), /metrics and its guard, and the graceful shutdown.
 * Each server gets its own database: a PGlite folder, or a fresh Postgres database.
 */
async function startServer(env: Record<string, string>) {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  const base: Record<string, string> = { PORT: '0', DEMO: '1', ...env };
  if (databaseKind === 'postgres') {
    database = await createTestDatabase();
    await database.db.destroy();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${database.name}`;
    base.DATABASE_URL = url.toString();
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'node-entry-'));
    base.DATA_DIR = join(dataDir, 'pglite');
  }
  // Quiet: the log lines are tested in http/request-log.test.ts.
  const server = await startNodeServer(readConfig(base), { log: () => {} });
  return {
    server,
    async cleanUp() {
      if (database) {
        // The handle is closed already; destroy drops the database.
        await database.destroy().catch(() => {});
      }
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

describe(`the Node entry (${databaseKind})`, () => {
  describe('without METRICS_TOKEN or TRUST_PROXY', () => {
    let started: Awaited<ReturnType<typeof startServer>>;
    let server: RunningServer;
    beforeAll(async () => {
      started = await startServer({ SHUTDOWN_GRACE_MS: '15000' });
      server = started.server;
    });
    afterAll(async () => {
      await server.close();
      await started.cleanUp();
    });

    it('takes the client address from the socket, not from a forged X-Forwarded-For', async () => {
      const answer = await fetch(`${server.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'a wrong password' }),
      });
      expect(answer.status).toBe(401);
      const keys = (await server.db.selectFrom('throttles').select('key').execute()).map(
        (row) => row.key,
      );
      expect(keys).toContain('login-fail-ip:127.0.0.1');
      expect(keys.join(' ')).not.toContain('198.51.100.77');
    });

    it('serves /metrics to a scraper on this machine: requests, outbox backlog, process', async () => {
      await fetch(`${server.url}/healthz`);
      await fetch(`${server.url}/healthz`);
      await fetch(`${server.url}/no/such/page`);
      const later = new Date(Date.now() + 24 * 3600_000);
      await server.db
        .insertInto('outbox')
        .values([
          {
            channel: 'email',
            recipient: 'a@example.org',
            subject: 's',
            text_body: 't',
            html_body: null,
            payload: null,
            available_at: later,
            last_error: null,
            sent_at: null,
            failed_at: null,
          },
          {
            channel: 'sms',
            recipient: '+33600000000',
            subject: null,
            text_body: 't',
            html_body: null,
            payload: null,
            available_at: later,
            attempts: 12,
            last_error: 'refused',
            sent_at: null,
            failed_at: null,
          },
        ])
        .execute();
      const answer = await fetch(`${server.url}/metrics`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Type')).toContain('text/plain');
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      const text = await answer.text();
      expect(text).toMatch(
        /http_requests_total\{method="GET",route="\/healthz",status_class="2xx"\} 2\b/,
      );
      expect(text).toMatch(
        /http_requests_total\{method="GET",route="[^"]*",status_class="4xx"\} \d/,
      );
      expect(text).toContain('http_request_duration_seconds_bucket{');
      expect(text).not.toContain('/no/such/page');
      expect(text).toMatch(/outbox_pending_rows\{channel="email"\} 1\b/);
      expect(text).toMatch(/outbox_failed_rows\{channel="sms"\} 1\b/);
      expect(text).toMatch(/outbox_failed_rows\{channel="webhook"\} 0\b/);
      expect(text).toContain('process_cpu_user_seconds_total');
      if (databaseKind === 'postgres') {
        expect(text).toMatch(/pg_pool_connections\{state="total"\} \d+/);
        expect(text).toMatch(/pg_pool_connections\{state="waiting"\} \d+/);
      }
    });

    it('refuses /metrics to anyone who came through a proxy (a same-host proxy connects from loopback too)', async () => {
      for (const header of ['X-Forwarded-For', 'Forwarded', 'X-Real-IP', 'CF-Connecting-IP']) {
        const answer = await fetch(`${server.url}/metrics`, { headers: { [header]: '127.0.0.1' } });
        expect(answer.status, header).toBe(403);
        expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
        expect(await answer.text()).not.toContain('http_requests_total');
      }
    });

    it('on close, stops accepting, lets the request in flight finish, then says it stopped cleanly', async () => {
      const login = postInFlight(
        server.port,
        '/v1/auth/login',
        JSON.stringify({ email: 'late@example.org', password: 'a wrong password' }),
      );
      await login.started;
      const closing = server.close();
      await eventually(() => refused(`${server.url}/healthz`), 'new connections refused');
      login.finish();
      expect((await login.answered).status).toBe(401);
      expect(await closing).toEqual({ graceful: true, unfinished: [] });
    });
  });

  describe('with METRICS_TOKEN and a short grace period', () => {
    const token = 'metrics-token-0123456789abcdef';
    let started: Awaited<ReturnType<typeof startServer>>;
    let server: RunningServer;
    beforeAll(async () => {
      started = await startServer({ METRICS_TOKEN: token, SHUTDOWN_GRACE_MS: '300' });
      server = started.server;
    });
    afterAll(async () => {
      await server.close();
      await started.cleanUp();
    });

    it('serves /metrics to its bearer only, loopback included', async () => {
      const none = await fetch(`${server.url}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get('WWW-Authenticate')).toContain('Bearer');
      const wrong = await fetch(`${server.url}/metrics`, {
        headers: { Authorization: `Bearer ${token.replace('0', '1')}` },
      });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${server.url}/metrics`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': '203.0.113.1' },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('http_requests_total');
    });

    it('past the grace period, destroys a stalled request and says so', async () => {
      const stalled = postInFlight(server.port, '/v1/auth/login', JSON.stringify({ email: 'x' }));
      await stalled.started;
      const result = await server.close();
      expect(result.graceful).toBe(false);
      expect(result.unfinished).toContain('in-flight requests');
      await expect(stalled.answered).rejects.toThrow();
      expect(await refused(`${server.url}/healthz`)).toBe(true);
    });
  });
});
