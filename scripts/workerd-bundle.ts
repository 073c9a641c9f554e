/**
 * Starts the API's deploy bundle in workerd, the way it runs once deployed: the script
 * `wrangler deploy --dry-run` would upload, run by Miniflare (the library `wrangler dev` runs
 * workerd with) with the bindings of `wrangler.toml`, and nothing else in front of it.
 *
 *   const worker = await startWorkerdBundle({ vars: { DATABASE_URL: url } });
 *   await fetch(`${worker.url}/v1/catalog`);
 *   await worker.stop();
 *
 * For benchmarks. `wrangler dev` (./workerd.ts, for the test suite's Workers leg) also runs a
 * proxy worker in front of the Worker, attaches the DevTools inspector (so each `console.log`
 * is serialised for it) and relays every log line through its own Node process: on this 2-core
 * machine that harness cost more CPU per order than the Worker itself (docs/scaling.md).
 * No inspector here unless `inspectorPort` is given (CPU profiles).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import type { Workerd } from './workerd.ts';

export interface WorkerdBundleOptions {
  /** Worker variables, over `wrangler.toml`'s `[vars]` (what a secret gives in production). */
  vars: Record<string, string>;
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Open workerd's DevTools inspector on this port (default: none). */
  inspectorPort?: number;
}

export async function startWorkerdBundle(options: WorkerdBundleOptions): Promise<Workerd> {
  const dir = mkdtempSync(join(tmpdir(), 'certinomis-worker-bundle-'));
  try {
    await promisify(execFile)(
      'node_modules/.bin/wrangler',
      ['deploy', '--dry-run', '--outdir', join(dir, 'bundle')],
      {
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`wrangler deploy --dry-run failed: ${(error as Error).message}`);
  }
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  // The Worker's log lines (one per request) are read and dropped, as Workers Logs takes them
  // off the request's path once deployed; the tail is kept for an error's message, or printed
  // as it comes with WORKERD_LOG=1.
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (process.env.WORKERD_LOG === '1') process.stderr.write(text);
    output = (output + text).slice(-20_000);
  };
  const miniflare = new Miniflare({
    ...(workerOptions as object),
    name: 'certinomis-order-api',
    modules: true,
    modulesRoot: join(dir, 'bundle'),
    scriptPath: join(dir, 'bundle', 'worker.js'),
    bindings: { ...(workerOptions.bindings ?? {}), ...options.vars },
    host: '127.0.0.1',
    port: options.port ?? 0,
    r2Persist: join(dir, 'r2'),
    handleRuntimeStdio(stdout, stderr) {
      stdout.on('data', collect);
      stderr.on('data', collect);
    },
    ...(options.inspectorPort ? { inspectorPort: options.inspectorPort } : {}),
  });
  let url: URL;
  try {
    url = await miniflare.ready;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`workerd did not start: ${(error as Error).message}\n${output}`);
  }
  let stopped = false;
  return {
    url: url.origin,
    inspectorPort: options.inspectorPort ?? 0,
    async stop() {
      if (stopped) return;
      stopped = true;
      await miniflare.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
