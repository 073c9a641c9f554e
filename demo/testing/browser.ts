import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.ts';

/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}
