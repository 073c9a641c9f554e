/**
 * Starts the API in workerd through `wrangler dev` (offline, no login), for
 * the API suite's Workers leg and for benchmarks:
 *
 *   const worker = await startWorkerd({ vars: { DATABASE_URL: url, TEST_HOOKS: '1' } });
 *   await fetch(`${worker.url}/v1/catalog`);
 *   await worker.stop();
 *
 * Variables go as `--var KEY:VALUE` (what a secret or a Hyperdrive binding
 * gives in production). Local R2 and other state live in a temporary folder
 * (`--persist-to`), removed on stop, so runs never share or leave state.
 * The server runs in its own process group, and `stop` ends the whole group
 * (wrangler, esbuild, workerd).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WorkerdOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Worker variables, each passed as `--var KEY:VALUE`. */
  vars: Record<string, string>;
  /** Expose `GET /__scheduled?cron=…` to fire the `scheduled` handler (wrangler --test-scheduled). */
  testScheduled?: boolean;
  /** More `wrangler dev` arguments. */
  args?: string[];
  /** Give up when the worker does not answer within this time (default 90 s: a busy 2-core machine). */
  startTimeoutMs?: number;
}

export interface Workerd {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The DevTools inspector's port (`http://127.0.0.1:<port>/json`), for CPU profiles. */
  inspectorPort: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** wrangler could not listen on a port picked for it: another process took it in between. */
class PortTakenError extends Error {}

/**
 * `wrangler dev` on the given port, or on free ones. A free port is picked, then handed to
 * wrangler: a process of a parallel test step (a listener, or an outgoing connection's local
 * port) may take it in between, and wrangler then exits with "Address already in use". Ports
 * picked here are picked again then, up to three times.
 */
export async function startWorkerd(options: WorkerdOptions): Promise<Workerd> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || options.port !== undefined || attempt >= 3) {
        throw error;
      }
    }
  }
}

async function startOnce(options: WorkerdOptions): Promise<Workerd> {
  const port = options.port ?? (await freePort());
  const inspectorPort = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'certinomis-workerd-'));
  const args = [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    state,
    '--show-interactive-dev-session=false',
    ...(options.testScheduled ? ['--test-scheduled'] : []),
    ...Object.entries(options.vars).flatMap(([key, value]) => ['--var', `${key}:${value}`]),
    ...(options.args ?? []),
  ];
  const child = spawn('node_modules/.bin/wrangler', args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      // No colours or spinners in logs read by a program.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // Keep the tail of the output: shown when the start fails, or always with WORKERD_LOG=1.
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (process.env.WORKERD_LOG === '1') process.stderr.write(text);
    output = (output + text).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? 128 : 0);
      resolve();
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === undefined) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
      // Children that outlived wrangler (workerd) are in the same group.
      killGroup(child, 'SIGKILL');
    }
    rmSync(state, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  while (true) {
    if (exited !== undefined) {
      await stop();
      const message = `wrangler dev exited (${exited}) before answering:\n${output}`;
      throw /Address already in use/.test(output)
        ? new PortTakenError(message)
        : new Error(message);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer on ${url} in time:\n${output}`);
    }
    try {
      // Any answer from the worker (even a 404 or 503) means it is up.
      const response = await fetch(`${url}/__workerd-ready`, {
        signal: AbortSignal.timeout(5_000),
      });
      await response.body?.cancel();
      break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, inspectorPort, stop };
}
