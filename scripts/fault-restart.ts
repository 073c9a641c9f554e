/**
 * The fault test (`npm test` step, or `node --import tsx scripts/fault-restart.ts`):
 * the real Node server in a child process, on its own throwaway PostgreSQL
 * cluster, taking orders from 4 concurrent clients (loopback, bounded) while
 *
 *   1. Postgres restarts (`pg_ctl restart -m fast`: every connection gets 57P01),
 *   2. Postgres is stopped for 2 s, then started again,
 *   3. the server process itself is killed (SIGKILL) mid-load and started anew.
 *
 * Clients behave like the element: the same Idempotency-Key is resent after a
 * 503 or 409 (honouring Retry-After, capped) until the order is answered.
 * Checked: the server never dies of a database fault; every answer is a 201,
 * a 409 in-flight problem or a 503 problem with Retry-After (no other 5xx);
 * it serves again within 5 s of Postgres being back; every key ends with
 * exactly one order whose rows are all there (lines, payment, CGV acceptance,
 * dossiers, invoice, key done with the answer's exact bytes), all answers for
 * one key are byte-identical, no key is left in flight, and the outbox
 * (e-mails, webhooks) drains once the database is back.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { orderBody } from '../machines/purchase/test-orders.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

const CLIENTS = 4;
/** The order time limit and key lease of the server under test (ORDER_TIME_LIMIT_MS). */
const LEASE_MS = 3_000;
const PARTNER_KEY = 'pk_test_omnikles';
/** Postgres back → the API answers again within this (the requirement). */
const RECOVERY_LIMIT_MS = 5_000;

interface Answer {
  key: string;
  phase: string;
  status: number | 'network-error';
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

const answers: Answer[] = [];
const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.error(`  ✗ ${message}`);
};
const log = (message: string) => console.log(`[fault] ${message}`);

let phase = 'warm-up';
let baseUrl = '';
/** Keys whose order has been answered 201 (the text of that first 201). */
const placed = new Map<string, string>();
/** Every key ever sent, with its body (a retry resends the same body). */
const sent = new Map<string, ReturnType<typeof orderBody>>();

async function postOrder(key: string): Promise<Answer> {
  const body = sent.get(key) as ReturnType<typeof orderBody>;
  let answer: Answer;
  try {
    const response = await fetch(`${baseUrl}/v1/orders`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Partner-Key': PARTNER_KEY,
        'Idempotency-Key': key,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    answer = {
      key,
      phase,
      status: response.status,
      contentType: response.headers.get('Content-Type'),
      retryAfter: response.headers.get('Retry-After'),
      text: await response.text(),
    };
  } catch (error) {
    answer = {
      key,
      phase,
      status: 'network-error',
      contentType: null,
      retryAfter: null,
      text: String((error as Error).cause ?? error),
    };
  }
  answers.push(answer);
  if (answer.status === 201) {
    const first = placed.get(key);
    if (first === undefined) placed.set(key, answer.text);
    else if (first !== answer.text) fail(`key ${key}: a replay differs from the first 201`);
  }
  return answer;
}

/** One client: new orders one after the other, each resent with its key until answered. */
async function client(index: number, running: () => boolean): Promise<void> {
  let n = 0;
  while (running()) {
    const key = `fault-${process.pid}-${index}-${++n}`;
    sent.set(key, orderBody({ email: `client${index}.order${n}@fault.example`, quantity: 2 }));
    while (running()) {
      const answer = await postOrder(key);
      if (answer.status === 201) break;
      if (answer.status === 'network-error') {
        await sleep(200);
        continue;
      }
      const wait = Math.min(1000, 1000 * Number(answer.retryAfter ?? 1));
      await sleep(Number.isFinite(wait) ? wait : 1000);
    }
  }
}

function startLoad(): { stop(): Promise<void> } {
  let running = true;
  const clients = Array.from({ length: CLIENTS }, (_, i) => client(i + 1, () => running));
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

interface Server {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = fork('scripts/fault-server.ts', [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO: '1',
      ORDER_TIME_LIMIT_MS: String(LEASE_MS),
      SMTP_URL: '',
      SMS_URL: '',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 90 s')), 90_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve((message as { url: string }).url);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited while starting (${code ?? signal}): ${stderr}`));
    });
  });
  child.once('exit', (code, signal) => {
    if (!killing.has(child)) {
      fail(`the server process exited (${code ?? signal}): ${stderr.slice(-2000)}`);
    }
  });
  return { child, url, stderr: () => stderr };
}

/** Children this script stops on purpose (their exit is no failure). */
const killing = new Set<ChildProcess>();

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** The first moment a fresh request is answered 200 after Postgres is back. */
async function recoveryTime(backAt: number): Promise<number> {
  await waitFor(
    'the API to answer again',
    async () => {
      const response = await fetch(`${baseUrl}/v1/catalog`, {
        headers: { 'X-Partner-Key': PARTNER_KEY },
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.status === 200 ? true : undefined;
    },
    30_000,
    50,
  );
  return Date.now() - backAt;
}

/** Resends every key not yet answered 201 until it is (after the lease, a fresh attempt). */
async function settle(): Promise<void> {
  phase = 'settle';
  const open = () => [...sent.keys()].filter((key) => !placed.has(key));
  log(`settling ${open().length} key(s) not answered yet`);
  await waitFor(
    'every key to be answered 201',
    async () => {
      await Promise.all(open().map((key) => postOrder(key)));
      return open().length === 0 ? true : undefined;
    },
    LEASE_MS + 60_000,
    500,
  );
}

async function checkDatabase(databaseUrl: string): Promise<void> {
  const db = new pg.Client(databaseUrl);
  db.on('error', () => {});
  await db.connect();
  try {
    const q = async <T>(text: string, values: unknown[] = []) =>
      (await db.query(text, values)).rows as T[];

    const inFlight = await q<{ key: string }>(
      `select key from idempotency_keys where status <> 'done'`,
    );
    if (inFlight.length > 0) fail(`keys left in flight: ${inFlight.map((r) => r.key).join(', ')}`);

    const perKey = await q<{ key: string; n: number }>(
      `select data->>'idempotencyKey' as key, count(*)::int as n from audit_events
        where event = 'order.placed' group by 1 having count(*) > 1`,
    );
    if (perKey.length > 0) fail(`keys with more than one order: ${JSON.stringify(perKey)}`);
    const [orders] = await q<{ n: number }>('select count(*)::int as n from orders');
    if (orders?.n !== placed.size) fail(`${orders?.n} orders for ${placed.size} answered keys`);

    for (const [key, text] of placed) {
      const order = JSON.parse(text) as {
        reference: string;
        lines: unknown[];
        totals: { ttc: number };
        dossiers: { id: string }[];
      };
      const [row] = await q<{
        id: string;
        lines: number;
        payment: number | null;
        cgv: number;
        dossiers: number;
        invoices: number;
        key_status: string | null;
        key_text: string | null;
      }>(
        `select o.id,
           (select count(*)::int from order_lines l where l.order_id = o.id) as lines,
           (select p.amount_cents from payments p where p.order_id = o.id) as payment,
           (select count(*)::int from cgv_acceptances a where a.order_id = o.id) as cgv,
           (select count(*)::int from dossiers d where d.order_id = o.id) as dossiers,
           (select count(*)::int from invoices i where i.order_id = o.id) as invoices,
           (select k.status from idempotency_keys k where k.key = $2) as key_status,
           (select k.response_text from idempotency_keys k where k.key = $2) as key_text
         from orders o where o.reference = $1`,
        [order.reference, key],
      );
      if (!row) {
        fail(`key ${key}: answered 201 ${order.reference} but no such order`);
        continue;
      }
      const problems = [
        row.lines !== order.lines.length && `${row.lines} lines`,
        row.payment !== order.totals.ttc && `payment ${row.payment}`,
        row.cgv !== 1 && `${row.cgv} CGV acceptances`,
        row.dossiers !== order.dossiers.length && `${row.dossiers} dossiers`,
        row.invoices !== 1 && `${row.invoices} invoices`,
        row.key_status !== 'done' && `key ${row.key_status}`,
        row.key_text !== text && 'stored answer differs from the 201',
      ].filter(Boolean);
      if (problems.length > 0) fail(`order ${order.reference} (${key}): ${problems.join(', ')}`);
    }

    const [mails] = await q<{ n: number }>(
      `select count(*)::int as n from outbox where channel = 'email'`,
    );
    if ((mails?.n ?? 0) < placed.size) fail(`${mails?.n} e-mails queued for ${placed.size} orders`);
  } finally {
    await db.end();
  }
}

/**
 * The outbox worker lived through the outages: every e-mail queued so far leaves
 * (none waits for a lease: a pass cut short by the outage hands its rows back),
 * and webhooks are delivered again after Postgres came back (failed attempts wait
 * out their backoff, a minute or more, so not all of them yet).
 */
async function checkOutbox(databaseUrl: string, backAt: Date): Promise<void> {
  const db = new pg.Client(databaseUrl);
  db.on('error', () => {});
  await db.connect();
  try {
    const count = async (where: string, values: unknown[] = []) =>
      ((await db.query(`select count(*)::int as n from outbox where ${where}`, values)).rows[0]
        ?.n as number) ?? 0;
    await waitFor(
      'every e-mail to be sent',
      async () => ((await count(`channel = 'email' and sent_at is null`)) === 0 ? true : undefined),
      30_000,
      250,
    ).catch((error: Error) => fail(error.message));
    await waitFor(
      'a webhook delivered after Postgres came back',
      async () =>
        (await count(`channel = 'webhook' and sent_at > $1`, [backAt])) > 0 ? true : undefined,
      30_000,
      250,
    ).catch((error: Error) => fail(error.message));
  } finally {
    await db.end();
  }
}

function checkAnswers(): void {
  const byStatus = new Map<string, number>();
  for (const answer of answers) {
    const label = `${answer.phase} ${answer.status}`;
    byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
    // Expected when the server is killed; elsewhere possible only as the keep-alive race (the
    // server closing an idle connection as a request goes out on it). Resent with the same
    // key either way; a server that died is caught by the exit listener, not here.
    if (answer.status === 'network-error') {
      if (answer.phase !== 'server killed')
        log(`network error in phase ${answer.phase}: ${answer.text}`);
      continue;
    }
    if (answer.status === 201) continue;
    const problem = answer.contentType?.startsWith('application/problem+json');
    if (answer.status === 409 && problem && answer.text.includes('idempotency-in-flight')) continue;
    if (answer.status === 503 && problem && answer.retryAfter) continue;
    fail(
      `unexpected answer in phase ${answer.phase}: ${answer.status} ${answer.contentType} ` +
        `Retry-After=${answer.retryAfter} ${answer.text.slice(0, 300)}`,
    );
  }
  log(`answers: ${JSON.stringify(Object.fromEntries(byStatus))}`);
  const outage503 = answers.filter((a) => a.status === 503 && a.phase !== 'warm-up').length;
  if (outage503 === 0) fail('no 503 at all: the outages were not seen by any request');
}

let cluster: Cluster | null = null;
let server: Server | null = null;
const started = Date.now();
try {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (PG_BIN)');
  cluster = await startThrowawayCluster(bin);
  log(`cluster at ${cluster.url}`);
  server = await startServer(cluster.url);
  baseUrl = server.url;
  log(`server at ${baseUrl} (pid ${server.child.pid})`);

  let load = startLoad();
  await waitFor('a first order', async () => (placed.size > 0 ? true : undefined), 60_000);
  await sleep(1000);

  phase = 'restart';
  log('pg_ctl restart -m fast under load');
  await cluster.restart();
  await sleep(1500);

  phase = 'down';
  log('pg_ctl stop -m fast; down for 2 s');
  await cluster.stopServer();
  await sleep(2000);
  phase = 'back';
  await cluster.startServer();
  const backAt = new Date();
  const recovered = await recoveryTime(backAt.getTime());
  log(`served again ${recovered} ms after Postgres was back`);
  if (recovered > RECOVERY_LIMIT_MS) {
    fail(`served again only ${recovered} ms after Postgres was back (limit ${RECOVERY_LIMIT_MS})`);
  }
  const placedBeforeBack = placed.size;
  await waitFor(
    'an order placed after Postgres came back',
    async () => (placed.size > placedBeforeBack ? true : undefined),
    30_000,
  );
  await load.stop();
  if (!alive(server.child)) fail(`the server died: ${server.stderr()}`);
  if (/Unhandled|uncaught/i.test(server.stderr())) {
    fail(`unhandled error in the server: ${server.stderr().slice(0, 2000)}`);
  }
  await checkOutbox(cluster.url, backAt);

  // The process holding keys in flight dies: the next one must answer every retry.
  phase = 'server killed';
  load = startLoad();
  await sleep(1500);
  log('SIGKILL the server under load, start another');
  killing.add(server.child);
  server.child.kill('SIGKILL');
  await new Promise((resolve) => server?.child.once('exit', resolve));
  await load.stop();
  server = await startServer(cluster.url);
  baseUrl = server.url;
  await settle();
  checkAnswers();
  await checkDatabase(cluster.url);
  if (!alive(server.child)) fail(`the second server died: ${server.stderr()}`);
  log(
    `${placed.size} orders, ${answers.length} answers in ${Math.round((Date.now() - started) / 1000)} s`,
  );
} catch (error) {
  fail(`fault test aborted: ${(error as Error).stack ?? error}`);
} finally {
  if (server && alive(server.child)) {
    killing.add(server.child);
    server.child.kill('SIGTERM');
    await Promise.race([new Promise((r) => server?.child.once('exit', r)), sleep(15_000)]);
    if (alive(server.child)) server.child.kill('SIGKILL');
  }
  cluster?.stop();
}

if (failures.length > 0) {
  console.error(`[fault] FAILED: ${failures.length} problem(s)`);
  process.exit(1);
}
log('ok');
