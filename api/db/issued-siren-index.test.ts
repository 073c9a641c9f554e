import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUED_STATUSES } from '../../machines/contract.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';

/**
 * Migration 2026-12-03-021 writes `ISSUED_STATUSES` out in its partial index (a migration is
 * frozen): the day that list changes, this test says a new migration must redefine the index.
 */
describe(`the index of issued certificates by SIREN (${databaseKind})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('holds exactly the dossiers of ISSUED_STATUSES', async () => {
    const { rows } = await sql<{
      definition: string;
    }>`select pg_get_expr(indpred, indrelid) as definition
      from pg_index where indexrelid = 'dossiers_issued_siren_idx'::regclass`.execute(t.db);
    const definition = rows[0]?.definition ?? '';
    const listed = [...definition.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...ISSUED_STATUSES].sort());
  });
});
