/**
 * The server bench:api measures, in its own process: the real Node entry
 * (`startNodeServer`, production mode, DATABASE_URL) and, in the same process
 * and event loop, a bare Hono route on a second port — the framework's
 * ceiling, with none of the app's middleware or database work. Prints
 * `api <url>` and `bare <url>`, stops on SIGTERM.
 *
 * The bare port also answers bench:api's probes: `/cpu` (the process's user +
 * system CPU time so far, µs) and `/profile/start`, `/profile/stop` (a V8 CPU
 * profile of exactly one route's run, through node:inspector, returned as JSON).
 */
import { Session } from 'node:inspector/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { readConfig } from '../../api/config.ts';
import { startNodeServer } from '../../api/node.ts';

const server = await startNodeServer(
  readConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO: '0' }),
  // One JSON line per request is the deployed shape, but this bench measures routes.
  { log: () => {} },
);
let session: Session | undefined;
const bare = new Hono()
  .get('/bare', (c) => c.json({ status: 'ok' }))
  .get('/cpu', (c) => {
    const { user, system } = process.cpuUsage();
    return c.text(String(user + system));
  })
  .post('/profile/start', async (c) => {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    return c.body(null, 204);
  })
  .post('/profile/stop', async (c) => {
    if (!session) return c.text('no profile running', 409);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    session = undefined;
    return c.json(profile);
  });
const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`api ${server.url}`);
  console.log(`bare http://127.0.0.1:${info.port}`);
});
process.once('SIGTERM', async () => {
  bareServer.close();
  await server.close();
  process.exit(0);
});
