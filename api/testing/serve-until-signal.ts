/**
 * The Node entry as `npm start` runs it (graceful stop on SIGTERM/SIGINT), without building the
 * element or seeding the demo: started as a child process by api/node-shutdown.test.ts, which
 * reads the port from the `listening <port>` line and the exit code at the end.
 */
import { readConfig } from '../config.ts';
import { startNodeServer } from '../node.ts';
import { closeOnSignals } from '../node-shutdown.ts';

const server = await startNodeServer(readConfig({ PORT: '0', DEMO: '1', ...process.env }), {
  log: () => {},
});
closeOnSignals(server);
console.log(`listening ${server.port}`);
