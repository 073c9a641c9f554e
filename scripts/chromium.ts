import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless as root on a closed network (TOOLCHAIN.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side: keep timers, rendering and observers of background tabs going.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** CHROME_PATH, else Debian's /usr/bin/chromium; throws a clear message when neither exists. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to its binary.',
  );
}
