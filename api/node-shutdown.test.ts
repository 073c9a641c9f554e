import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, postInFlight, refused } from './testing/in-flight.ts';
import { createTestDatabase, databaseKind } from './testing/test-database.ts';

/**
 * The Node process on SIGTERM (api/testing/serve-until-signal.ts: what `npm start` runs, minus
 * the build and the demo seeding): it stops accepting, lets the request in flight finish and
 * exits 0; with a request that never finishes, it gives up after SHUTDOWN_GRACE_MS and exits 1.
 */
describe(`SIGTERM (${databaseKind})`, () => {
  const cleanUps: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0)) await cleanUp();
  });

  async function startProcess(graceMs: number) {
    const env: Record<string, string> = { SHUTDOWN_GRACE_MS: String(graceMs) };
    if (databaseKind === 'postgres') {
      const database = await createTestDatabase();
      await database.db.destroy();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${database.name}`;
      env.DATABASE_URL = url.toString();
      cleanUps.push(() => database.destroy().catch(() => {}));
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'sigterm-'));
      env.DATA_DIR = join(dir, 'pglite');
      cleanUps.push(() => rm(dir, { recursive: true, force: true }));
    }
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'api/testing/serve-until-signal.ts'],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // Runs first: the process is gone before its database is dropped.
    cleanUps.unshift(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    let output = '';
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += String(chunk);
        const match = /listening (\d+)/.exec(stdout);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`exited ${code} before listening: ${output}`)));
    });
    return { child, port, exited };
  }

  it('finishes the request in flight, refuses new connections, and exits 0', async () => {
    const { child, port, exited } = await startProcess(20_000);
    const login = postInFlight(
      port,
      '/v1/auth/login',
      JSON.stringify({ email: 'late@example.org', password: 'a wrong password' }),
    );
    await login.started;
    child.kill('SIGTERM');
    await eventually(() => refused(`http://127.0.0.1:${port}/healthz`), 'new connections refused');
    login.finish();
    expect((await login.answered).status).toBe(401);
    expect(await exited).toBe(0);
  });

  it('cuts off a request that outlives the grace period, and exits 1', async () => {
    const { child, port, exited } = await startProcess(300);
    const stalled = postInFlight(port, '/v1/auth/login', JSON.stringify({ email: 'x' }));
    await stalled.started;
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    await expect(stalled.answered).rejects.toThrow();
  });
});
