import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoServer {
  url: string;
  /** The server process (e.g. to read its CPU time). */
  pid: number | undefined;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the demo exactly as `npm start` does (demo/start.ts in a child
 * process) on a free port with its own PGlite folder, and waits until it
 * prints its URL.
 */
export async function startDemoServer(
  env: Record<string, string> = {},
  /** Extra flags for node (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs: readonly string[] = [],
): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'certinomis-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'demo/start.ts'],
    {
      env: { ...process.env, PORT: '0', DATA_DIR: join(dataDir, 'pglite'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server did not start:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /running on (http:\/\/\S+?)\/?\s/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    pid: child.pid,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port free right now on 127.0.0.1 (for a server whose e-mail links must name its real port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
