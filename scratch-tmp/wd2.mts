import { startWorkerd } from '../scripts/workerd.ts';
const vars = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
const a = await startWorkerd({ vars });
console.log('A ready', a.url);
let stop = false; const seen = new Map<string, number>();
const loop = (async () => {
  while (!stop) {
    const results = await Promise.all(Array.from({ length: 8 }, () => fetch(`${a.url}/v1/quotes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(async (r) => `${r.status} ${(await r.text()).slice(0, 40)}`).catch((e) => `ERR ${e}`)));
    for (const r of results) seen.set(r, (seen.get(r) ?? 0) + 1);
  }
})();
await new Promise((r) => setTimeout(r, 1500));
console.log('--- starting B');
const b = await startWorkerd({ vars, testScheduled: true });
console.log('--- B ready');
await new Promise((r) => setTimeout(r, 2000));
await b.stop();
console.log('--- B stopped');
await new Promise((r) => setTimeout(r, 3000));
stop = true; await loop;
console.log(seen);
await a.stop();
process.exit(0);
