import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Vitest global setup of the `api` project on PGlite: initdb and migrate once,
 * dump the data folder, and let every test file start from that dump.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = await mkdtemp(join(tmpdir(), 'certinomis-pglite-'));
  const client = await PGlite.create();
  const db = new Kysely({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  await db.destroy();
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}
