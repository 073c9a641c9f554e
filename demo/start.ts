import { readConfig } from '../api/config.ts';
import { startNodeServer } from '../api/node.ts';
import { closeOnSignals } from '../api/node-shutdown.ts';
import { upsertOperator } from '../api/services/operators.ts';
import { buildIfStale } from './build-if-stale.ts';
import { demoOperator } from './demo-operator.ts';
import {
  demoPartnerUserPassword,
  demoPartnerUsers,
  seedDemoPartners,
  seedDemoPartnerUsers,
} from './demo-partners.ts';

/**
 * `npm start`: builds the element and the demo scripts if needed, then serves
 * the demo partner page, the mailbox, the built element and the API on one
 * port (PGlite unless DATABASE_URL).
 */
const config = readConfig({ DEMO: '1', ...process.env });
await buildIfStale();
const server = await startNodeServer(config).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${config.port} is already in use: stop the other server or run PORT=<another port> npm start.`,
    );
    process.exit(1);
  }
  throw error;
});
if (config.demo) {
  await upsertOperator(server.db, demoOperator);
  // The demo's two partners (README): their pages are served from this origin,
  // under whichever host name the browser uses for it.
  await seedDemoPartners(server.db, {
    keys: server.keys,
    origins: [
      ...new Set([
        new URL(server.url).origin,
        `http://localhost:${server.port}`,
        `http://127.0.0.1:${server.port}`,
        ...(config.publicUrl ? [new URL(config.publicUrl).origin] : []),
      ]),
    ],
    // Their webhooks come back to the demo's receiver, which verifies each signature.
    webhookUrl: (slug) => `${server.url}/dev/webhooks/${slug}`,
    // The reseller's buyers complete their dossiers on its own (white-label) client space.
    clientSpaceUrl: (slug) =>
      slug === 'reseller' ? `${server.url}/revendeur/espace-client` : null,
  });
  // Their portal users, one per role (the login link arrives in the mailbox).
  await seedDemoPartnerUsers(server.db);
}
console.log(`certinomis-order demo running on ${server.url}/`);
console.log(`  partner page   ${server.url}/`);
console.log(`  mailbox        ${server.url}/boite-mail`);
console.log(`  API catalogue  ${server.url}/v1/catalog`);
if (config.demo) {
  console.log(`  operator       ${demoOperator.email} / ${demoOperator.password}`);
  console.log(
    '  partner keys   pk_test_omnikles (procurement platform), pk_test_reseller (white label)',
  );
  console.log(`  partner portal ${server.url}/partenaires (password ${demoPartnerUserPassword})`);
  for (const user of demoPartnerUsers) {
    console.log(`    ${user.partner.padEnd(9)} ${user.role.padEnd(11)} ${user.email}`);
  }
}
console.log(
  `  database       ${config.databaseUrl ? 'Postgres (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
);

// SIGTERM/SIGINT: stop accepting, finish in-flight requests and the outbox batch, close the
// database (SHUTDOWN_GRACE_MS, 10 s by default); exit 0, or 1 when something had to be cut off.
closeOnSignals(server);
