/**
 * `npm run operator:create -- <email>`: creates a back-office operator (or
 * resets an existing account to operator with a new password). The password
 * is read from OPERATOR_PASSWORD, else asked on the terminal (not echoed).
 * Uses DATABASE_URL, else the PGlite folder DATA_DIR — stop `npm start`
 * first in that case: PGlite allows one process per folder.
 */
import { createInterface } from 'node:readline/promises';
import * as v from 'valibot';
import { readConfig } from '../api/config.ts';
import { openDatabase } from '../api/node.ts';
import { upsertOperator } from '../api/services/operators.ts';
import { translate } from '../machines/messages/index.ts';

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('set OPERATOR_PASSWORD (no terminal to ask on)');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  const write = output._writeToOutput.bind(rl);
  process.stdout.write('Mot de passe de l’opérateur : ');
  output._writeToOutput = (s: string) => write(s.includes('\n') ? '\n' : '');
  const password = await rl.question('');
  rl.close();
  return password;
}

const email = process.argv[2];
if (!email) {
  console.error(
    'usage: npm run operator:create -- <email>   (OPERATOR_PASSWORD=… to skip the prompt)',
  );
  process.exit(2);
}
const password = process.env.OPERATOR_PASSWORD ?? (await askPassword());
const db = await openDatabase(readConfig(process.env));
try {
  const { created } = await upsertOperator(db, { email, password });
  console.log(`${created ? 'Created' : 'Updated'} operator ${email.trim().toLowerCase()}.`);
} catch (error) {
  if (error instanceof v.ValiError) {
    for (const issue of error.issues) {
      console.error(`${v.getDotPath(issue) ?? 'input'}: ${translate('fr', issue.message)}`);
    }
    process.exitCode = 1;
  } else throw error;
} finally {
  await db.destroy();
}
