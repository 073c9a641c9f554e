import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What the element's bundle is built from (vite.config.ts). */
const widgetSources = ['widget', 'machines', 'vite.config.ts', 'package-lock.json'];
export const widgetBundle = 'dist/widget/certinomis-order.js';
/** The partners' portal, built by the same `vite build` (vite.config.ts `portalBuild`). */
export const portalBundle = 'dist/portal/certinomis-portal.js';

/** What the demo pages' scripts are built from (vite.demo.config.ts): everything under `demo/scripts`. */
const demoSources = ['demo/scripts', 'vite.demo.config.ts', 'package-lock.json'];
export const demoScriptsDir = 'demo/scripts';
export const demoBundleDir = 'dist/demo';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when one of `bundles` is missing or older than any of `sources`. */
function isStale(root: string, bundles: string[], sources: string[]): boolean {
  let oldest = Number.POSITIVE_INFINITY;
  for (const bundle of bundles) {
    if (!existsSync(join(root, bundle))) return true;
    oldest = Math.min(oldest, statSync(join(root, bundle)).mtimeMs);
  }
  return sources.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > oldest);
}

/** True when the built element is missing or older than any of its sources. */
export function widgetBuildIsStale(root = '.'): boolean {
  return isStale(root, [widgetBundle, portalBundle], widgetSources);
}

/** The built demo scripts expected in dist/demo: one `<name>.js` per `demo/scripts/<name>.ts`. */
export function demoBundles(root = '.'): string[] {
  const dir = join(root, demoScriptsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => `${demoBundleDir}/${basename(file, '.ts')}.js`);
}

/** True when a built demo script is missing or older than any of the demo scripts' sources. */
export function demoBuildIsStale(root = '.'): boolean {
  return isStale(root, demoBundles(root), demoSources);
}

/** Builds the element with Vite when its bundle is missing or stale. */
export async function buildWidgetIfStale(log: (line: string) => void = console.log): Promise<void> {
  if (!widgetBuildIsStale()) return;
  log('Building the <certinomis-order> element…');
  const { build } = await import('vite');
  await build({ mode: 'production', logLevel: 'warn' });
}

/** Builds the demo pages' scripts (vite.demo.config.ts) when missing or stale. */
export async function buildDemoScriptsIfStale(
  log: (line: string) => void = console.log,
): Promise<void> {
  if (!demoBuildIsStale()) return;
  log('Building the demo pages’ scripts…');
  const { build } = await import('vite');
  await build({ mode: 'production', configFile: 'vite.demo.config.ts', logLevel: 'warn' });
}

/** What `npm start` needs built: the element and the demo pages' scripts. */
export async function buildIfStale(log: (line: string) => void = console.log): Promise<void> {
  await buildWidgetIfStale(log);
  await buildDemoScriptsIfStale(log);
}
