/**
 * The real Node server for scripts/fault-restart.ts, run as a child process
 * (so that a crash is seen as the child exiting): `startNodeServer` on the
 * environment's DATABASE_URL, the demo partners seeded with their webhooks
 * pointed at the demo receiver, then `{ url }` sent to the parent over IPC.
 */
import { readConfig } from '../api/config.ts';
import { startNodeServer } from '../api/node.ts';
import { seedDemoPartners } from '../demo/demo-partners.ts';

const server = await startNodeServer(readConfig(process.env));
await seedDemoPartners(server.db, {
  origins: [],
  webhookUrl: (slug) => `${server.url}/dev/webhooks/${slug}`,
});
process.send?.({ url: server.url });

process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
