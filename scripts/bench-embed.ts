/**
 * `npm run bench:embed`: what the element costs a partner's page, in real Chromium, cold.
 *
 * The demo server (as `npm start` runs it) behind a loopback front that gzips text
 * (scripts/bench/embed-proxy.ts); the demo partner page with the element, and the same page
 * without it (`/?bench=bare`). Each run is a new browser context with the cache disabled, the
 * "slow 4G" profile (about 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) and a 4× slower
 * CPU through the DevTools protocol (scripts/bench/embed-run.ts). 5 runs of each page,
 * alternated; the medians of: first contentful paint, the load event, the three product cards
 * painted, the quantity screen usable after `Commander` (clicked as soon as the cards are
 * there), the cumulative layout shift (the element's: with it less without; goal ≤ 0.02;
 * `--mobile`: a 360 px phone instead of a 1280 px window) and the bytes
 * received; then the element's added time as a ratio of the bare page.
 *
 * Bounded: every wait has a limit (`--timeout-ms`, 60 s a step) and the whole run stops after
 * 10 minutes. Not part of `npm test` (timings are the machine's, not the code's).
 */
import { launchChromium } from '../demo/testing/browser.ts';
import { startDemoServer } from '../demo/testing/demo-server.ts';
import { startEmbedProxy } from './bench/embed-proxy.ts';
import { coldRun, profile, type RunFigures, viewports } from './bench/embed-run.ts';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const runs = argument('runs', 5);
const timeoutMs = argument('timeout-ms', 60_000);
const viewport = process.argv.includes('--mobile') ? viewports.mobile : viewports.desktop;

const overall = setTimeout(() => {
  console.error('bench:embed: stopped after 10 minutes');
  process.exit(1);
}, 600_000);
overall.unref();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;

const server = await startDemoServer();
const proxy = await startEmbedProxy(server.url);
const browser = await launchChromium();
const results: { bare: RunFigures[]; element: RunFigures[] } = { bare: [], element: [] };
try {
  console.log(
    `bench:embed — ${runs} cold runs each, ${profile.downloadBitsPerSecond / 1e6} Mbit/s down, ` +
      `${profile.uploadBitsPerSecond / 1e3} kbit/s up, ${profile.latencyMs} ms RTT, CPU ×${profile.cpuSlowdown}, gzip, ${viewport.width}×${viewport.height}`,
  );
  // One pair first, not counted: the server's and the browser's first-time work.
  await coldRun(browser, `${proxy.url}/?bench=bare`, false, timeoutMs, viewport);
  await coldRun(browser, `${proxy.url}/`, true, timeoutMs, viewport);
  for (let run = 1; run <= runs; run++) {
    // Alternated, which page goes first: neither gets the other's warm-up.
    const order: ('bare' | 'element')[] = run % 2 ? ['bare', 'element'] : ['element', 'bare'];
    for (const which of order) {
      results[which].push(
        which === 'bare'
          ? await coldRun(browser, `${proxy.url}/?bench=bare`, false, timeoutMs, viewport)
          : await coldRun(browser, `${proxy.url}/`, true, timeoutMs, viewport),
      );
    }
    const last = results.element.at(-1) as RunFigures;
    console.log(
      `  run ${run}: bare load ${ms((results.bare.at(-1) as RunFigures).load)}, cards ${ms(last.cards ?? 0)}, quantity ${ms(last.quantity ?? 0)}, CLS ${last.cls.toFixed(3)}`,
    );
  }
} finally {
  await browser.close();
  await proxy.stop();
  await server.stop();
}

const of = (list: RunFigures[], key: keyof RunFigures) =>
  median(list.map((figures) => Number(figures[key] ?? 0)));
const bare = {
  fcp: of(results.bare, 'fcp'),
  load: of(results.bare, 'load'),
  cls: of(results.bare, 'cls'),
  bytes: of(results.bare, 'bytes'),
};
const element = {
  fcp: of(results.element, 'fcp'),
  load: of(results.element, 'load'),
  cards: of(results.element, 'cards'),
  quantity: of(results.element, 'quantity'),
  click: of(results.element, 'clickToQuantity'),
  cls: of(results.element, 'cls'),
  bytes: of(results.element, 'bytes'),
};
const rows: [string, string, string][] = [
  ['median', 'bare page', 'with the element'],
  ['first contentful paint', ms(bare.fcp), ms(element.fcp)],
  ['load event', ms(bare.load), ms(element.load)],
  ['three product cards painted', '—', ms(element.cards)],
  ['quantity screen usable (Commander at once)', '—', ms(element.quantity)],
  ['  of which Commander → quantity usable', '—', ms(element.click)],
  ['element height with the catalogue', '—', `${Math.round(of(results.element, 'height'))} px`],
  ['cumulative layout shift', bare.cls.toFixed(3), element.cls.toFixed(3)],
  [
    'bytes received',
    `${(bare.bytes / 1024).toFixed(1)} KB`,
    `${(element.bytes / 1024).toFixed(1)} KB`,
  ],
];
const width = Math.max(...rows.map((row) => row[0].length));
console.log('');
for (const [name, a, b] of rows)
  console.log(`${name.padEnd(width)}  ${a.padStart(10)}  ${b.padStart(16)}`);
const added = element.cards - bare.load;
// The page's own shifts (its developer panel filled by its script) are there without the element.
const elementCls = Math.max(0, element.cls - bare.cls);
console.log('');
console.log(
  `the element's catalogue is painted ${ms(added)} after the bare page's load event: ` +
    `×${(element.cards / bare.load).toFixed(2)} the bare page's time (added ${((added / bare.load) * 100).toFixed(0)} %)`,
);
console.log(
  `layout shift caused by the element (with it, less the bare page's): ${elementCls.toFixed(3)} (goal ≤ 0.02) ${elementCls <= 0.02 ? 'ok' : 'OVER'}`,
);
if (process.argv.includes('--verbose')) {
  for (const [name, list] of Object.entries(results)) {
    for (const figures of list)
      console.log(`${name} shifts: ${figures.shifts.join('; ') || 'none'}`);
  }
}
const errors = [...results.bare, ...results.element].flatMap((figures) => figures.errors);
if (errors.length > 0) {
  console.error(`page errors:\n  ${[...new Set(errors)].join('\n  ')}`);
  process.exitCode = 1;
}
