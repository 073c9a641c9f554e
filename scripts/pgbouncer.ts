import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../demo/testing/demo-server.ts';

export interface PgBouncer {
  /** The same database as `upstream`, through PgBouncer. */
  url: string;
  stop(): void;
}

const binary = process.env.PGBOUNCER_BIN ?? '/usr/sbin/pgbouncer';

/**
 * Starts a throwaway PgBouncer in front of `upstream` (a postgres:// URL with
 * trust authentication, like the throwaway cluster), in transaction pooling —
 * the deployed shape of Workers behind Hyperdrive. Stopped (and its folder
 * removed) by `stop()`. Needs PgBouncer: Debian `apt-get install -y pgbouncer`
 * (or PGBOUNCER_BIN). Run as root, it runs as the `postgres` user.
 */
export async function startPgBouncer(
  upstream: string,
  options: { port?: number; poolSize?: number } = {},
): Promise<PgBouncer> {
  if (!existsSync(binary)) {
    throw new Error(
      `PgBouncer not found at ${binary}: apt-get install -y pgbouncer (or set PGBOUNCER_BIN)`,
    );
  }
  const url = new URL(upstream);
  const database = url.pathname.slice(1);
  const user = decodeURIComponent(url.username);
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'certinomis-pgbouncer-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o755);
  const ini = join(dir, 'pgbouncer.ini');
  writeFileSync(
    ini,
    [
      '[databases]',
      `${database} = host=${url.hostname} port=${url.port || '5432'} dbname=${database} user=${user}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = any',
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 20}`,
      'max_client_conn = 1000',
      `logfile = ${join(dir, 'log')}`,
      `pidfile = ${join(dir, 'pid')}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    ...((asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ini]] : [binary, [ini]]) as [
      string,
      string[],
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (c) => {
    output += c;
  });
  child.stderr?.on('data', (c) => {
    output += c;
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`PgBouncer did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pooled = new URL(upstream);
  pooled.port = String(port);
  return { url: pooled.toString(), stop };
}
