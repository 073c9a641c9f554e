import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../security/password.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../testing/test-database.ts';
import { upsertOperator } from './operators.ts';

describe(`operator accounts (${databaseKind})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('creates a verified operator, then resets the password of an existing one', async () => {
    expect(
      await upsertOperator(t.db, { email: 'Ope@Certinomis.fr', password: 'Le Bourgeois 1670' }),
    ).toMatchObject({ created: true });
    const again = await upsertOperator(t.db, {
      email: 'ope@certinomis.fr',
      password: 'Les Femmes 1672',
    });
    expect(again.created).toBe(false);
    const row = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', 'ope@certinomis.fr')
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('operator');
    expect(row.email_verified_at).not.toBeNull();
    expect((await verifyPassword('Les Femmes 1672', row.password_hash)).ok).toBe(true);
  });

  it('applies the password rules', async () => {
    await expect(
      upsertOperator(t.db, { email: 'x@certinomis.fr', password: 'password' }),
    ).rejects.toThrow();
  });
});
