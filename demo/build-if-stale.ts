import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['widget', 'machines', 'vite.config.ts', 'package-lock.json'];
export const widgetBundle = 'dist/widget/certinomis-order.js';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the built element is missing or older than any of its sources. */
export function widgetBuildIsStale(root = '.'): boolean {
  const bundle = join(root, widgetBundle);
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return sources.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

/** Builds the element with Vite when its bundle is missing or stale. */
export async function buildWidgetIfStale(log: (line: string) => void = console.log): Promise<void> {
  if (!widgetBuildIsStale()) return;
  log('Building the <certinomis-order> element…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}
