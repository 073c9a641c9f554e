/**
 * `npm run keys:rewrap`: re-wraps the data key of every identity scan and
 * every partner webhook secret under the current master key (the first of
 * ENCRYPTION_KEYS), and seals any clear value stored before encryption, batch
 * by batch. Idempotent: run it again after an interruption. Once it reports
 * nothing unreadable, the old key can be removed from ENCRYPTION_KEYS.
 * `npm run keys:rewrap -- --generate <id>` prints a new `id:key` entry.
 *
 * Uses the database and file store of the Node entry (DATABASE_URL, else the
 * PGlite folder DATA_DIR — stop `npm start` first then). Scans kept in R2 are
 * re-wrapped by the Worker's hourly Cron Trigger instead (README).
 */
import { encryptionKeyRing, readConfig } from '../api/config.ts';
import { openDatabase, openFileStore } from '../api/node.ts';
import { generateMasterKeyEntry } from '../api/security/encryption.ts';
import { rewrapStoredObjects } from '../api/security/rewrap.ts';

const args = process.argv.slice(2);
if (args[0] === '--generate') {
  console.log(generateMasterKeyEntry(args[1] ?? `k${new Date().toISOString().slice(0, 10)}`));
  process.exit(0);
}
if (args.length > 0) {
  console.error('usage: npm run keys:rewrap [-- --generate <key id>]');
  process.exit(2);
}

const config = readConfig(process.env);
const keys = await encryptionKeyRing(config, { allowDevelopmentKey: config.demo });
const db = await openDatabase(config);
try {
  const report = await rewrapStoredObjects({ db, store: openFileStore(config, db), keys });
  console.log(
    `Re-wrapped under "${keys.current.id}": ${report.rewrapped} re-wrapped, ${report.sealed} clear ones sealed, ` +
      `${report.current} already current, ${report.missing} missing, ${report.unreadable} unreadable.`,
  );
  if (report.unreadable > 0) {
    console.error(
      'Some objects did not open: keep every old key in ENCRYPTION_KEYS until they are dealt with.',
    );
    process.exitCode = 1;
  } else {
    const old = [...keys.byId.keys()].filter((id) => id !== keys.current.id);
    if (old.length > 0)
      console.log(`Keys ${old.join(', ')} can now be removed from ENCRYPTION_KEYS.`);
  }
} finally {
  await db.destroy();
}
