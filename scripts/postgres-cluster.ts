import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest PostgreSQL server binaries folder (Debian layout, PG_BIN, or PATH), or null. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb')))
    return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const initdb = which.stdout.trim();
  return initdb ? initdb.replace(/\/initdb$/, '') : null;
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

export interface Cluster {
  url: string;
  /** Stops the server and removes the cluster's folder. */
  stop(): void;
  /**
   * `pg_ctl restart -m fast`: every connection is terminated (57P01), the server comes back.
   * Asynchronous (like the two below), so the caller's own clients keep running meanwhile.
   */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`: the server is down (connections refused) until `startServer`. */
  stopServer(): Promise<void>;
  /** Starts a server stopped by `stopServer`, on the same port and socket folder. */
  startServer(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL cluster in a temporary folder (trust auth on
 * 127.0.0.1, fsync off: test data only). As root, the server runs as the
 * `postgres` user, since PostgreSQL refuses to run as root.
 */
export async function startThrowawayCluster(bin: string): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'certinomis-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const commandLine = (command: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
  const run = (command: string, args: string[]) => {
    const result = spawnSync(...commandLine(command, args), { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(
        `${command} failed: ${result.stderr || result.stdout || result.error?.message}`,
      );
    }
  };
  const runAsync = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(...commandLine(command, args), { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`${command} failed: ${output}`)),
      );
    });
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--no-locale', '-N']);
  // `pg_ctl start` does not remember these (only `restart` does): `startServer` passes them again.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const startArgs = ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', serverOptions];
  run('pg_ctl', [...startArgs, 'start']);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'app', 'app']);
  let stopped = false;
  let down = false;
  return {
    url: `postgres://app@127.0.0.1:${port}/app`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!down) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    restart: () =>
      runAsync('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-m',
        'fast',
        '-w',
        '-t',
        '30',
        'restart',
      ]),
    async stopServer() {
      await runAsync('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
      down = true;
    },
    async startServer() {
      await runAsync('pg_ctl', [...startArgs, 'start']);
      down = false;
    },
  };
}
