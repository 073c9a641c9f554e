/**
 * Bundles the Workers entry exactly as `wrangler deploy` would (dry run),
 * then fails when a Node-only module crept into it: the embedded database,
 * the SMTP library, image re-encoding, or a source module of ours that only
 * the Node entry may use. The list of bundled inputs comes from esbuild's
 * metafile, so the check sees modules, not strings.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const outdir = '.wrangler/dry-run';
const result = spawnSync(
  'node_modules/.bin/wrangler',
  ['deploy', '--dry-run', '--outdir', outdir, '--metafile'],
  {
    stdio: 'inherit',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  },
);
if (result.status !== 0) process.exit(result.status ?? 1);

const meta = JSON.parse(readFileSync(`${outdir}/bundle-meta.json`, 'utf8')) as {
  inputs: Record<string, unknown>;
};
const forbidden: [RegExp, string][] = [
  [/node_modules\/@electric-sql\/pglite\//, 'PGlite (Node only: the Worker uses Postgres)'],
  [/node_modules\/kysely-pglite-dialect\//, 'the PGlite dialect'],
  [/node_modules\/nodemailer\//, 'nodemailer (SMTP, Node only)'],
  [/node_modules\/smtp-server\//, 'smtp-server'],
  [/node_modules\/sharp\//, 'sharp (image re-encoding, Node only)'],
  [/(^|\/)api\/db\/pglite\.ts$/, 'api/db/pglite.ts'],
  [/(^|\/)api\/node\.ts$/, 'api/node.ts'],
  [/(^|\/)api\/adapters\/smtp-mailer\.ts$/, 'api/adapters/smtp-mailer.ts'],
  [/node_modules\/prom-client\//, 'prom-client (/metrics, Node only)'],
  [/(^|\/)api\/metrics\//, 'api/metrics/ (Node only)'],
  [/(^|\/)api\/node-shutdown\.ts$/, 'api/node-shutdown.ts'],
  [/^node:fs|^node:child_process|^node:worker_threads/, 'a Node built-in imported by our code'],
];
const inputs = Object.keys(meta.inputs);
const found = inputs.flatMap((input) =>
  forbidden.filter(([pattern]) => pattern.test(input)).map(([, what]) => `${what}: ${input}`),
);
if (found.length > 0) {
  console.error('The Workers bundle holds Node-only modules:');
  for (const line of found) console.error(`  - ${line}`);
  process.exit(1);
}
console.log(`Workers bundle clean: ${inputs.length} modules, none Node-only.`);
