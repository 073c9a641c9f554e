/**
 * One cold run of bench:embed: a new browser context (empty cache, cache disabled), the
 * "slow 4G" profile and a 4× slower CPU through the DevTools protocol, the page opened, and
 * what the buyer waits for, timed in the page from navigation start (`performance.now()`).
 */
import type { Browser } from 'playwright-core';

/** About 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip; CPU 4× slower. */
export const profile = {
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  latencyMs: 150,
  cpuSlowdown: 4,
};

export interface RunFigures {
  /** First contentful paint of the page. */
  fcp: number;
  /** The page's load event. */
  load: number;
  /** The three product cards painted (with the element). */
  cards: number | null;
  /** The element's height (CSS px) when the cards are painted: the space it takes. */
  height: number | null;
  /** The quantity screen usable after clicking Commander as soon as the cards were there. */
  quantity: number | null;
  /** Commander clicked → quantity screen usable. */
  clickToQuantity: number | null;
  /** Cumulative layout shift, navigation start → just before the click. */
  cls: number;
  /** Bytes received (as sent on the wire: headers and compressed bodies) and requests. */
  bytes: number;
  requests: number;
  /** Each layout shift: time, value, the nodes that moved. */
  shifts: string[];
  /** Script errors seen in the page. */
  errors: string[];
}

/**
 * In the page from its first byte: layout shifts, first paint, the cards' first frame, and
 * `__bench.order()` (clicks the first card's Commander, resolves with [clicked, usable]: the
 * quantity field there and enabled). Plain JavaScript: it runs as written, untransformed.
 */
const probe = `(() => {
  const bench = { cls: 0, fcp: 0, cards: 0, shifts: [] };
  window.__bench = bench;
  const describe = (node) =>
    node ? node.nodeName.toLowerCase() + (node.className ? '.' + String(node.className).split(' ')[0] : '') : '?';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push(Math.round(entry.startTime) + ' ms ' + entry.value.toFixed(3) + ' ' +
        entry.sources.map((source) => describe(source.node)).join(' '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const deepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
    }
    return found;
  };
  const everyFrame = (done) => {
    const tick = () => (done() ? undefined : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  };
  bench.painted = new Promise((resolve) => everyFrame(() => {
    if (deepAll(document, '[part~="card"]').length < 3) return false;
    bench.cards = performance.now();
    bench.height = document.querySelector('certinomis-order').getBoundingClientRect().height;
    resolve(bench.cards);
    return true;
  }));
  bench.order = () => new Promise((resolve) => {
    const button = deepAll(document, 'button[part~="order-button"]')[0];
    const clicked = performance.now();
    button.click();
    everyFrame(() => {
      const input = deepAll(document, 'certinomis-quantity-step').flatMap((step) =>
        step.shadowRoot ? deepAll(step.shadowRoot, 'input') : [])[0];
      if (!input || input.disabled) return false;
      resolve([clicked, performance.now()]);
      return true;
    });
  });
})();`;

/** A desktop window, or a 360 px phone (`--mobile`). */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 360, height: 740 },
};

export async function coldRun(
  browser: Browser,
  url: string,
  withElement: boolean,
  timeoutMs: number,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBitsPerSecond / 8,
      uploadThroughput: profile.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.addInitScript({ content: probe });
    await page.goto(url, { waitUntil: 'load' });
    const load = await page.evaluate<number>(
      "performance.getEntriesByType('navigation')[0].loadEventStart",
    );
    let cards: number | null = null;
    let height: number | null = null;
    let quantity: number | null = null;
    let clickToQuantity: number | null = null;
    if (withElement) {
      // (Runtime.evaluate, not waitForFunction: the page's CSP has no 'unsafe-eval'.)
      await page.evaluate('window.__bench.painted');
      // The shifts up to the catalogue's paint and the next frames (before any input).
      await page.evaluate(
        'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
      );
      cards = await page.evaluate<number>('window.__bench.cards');
      height = await page.evaluate<number>('window.__bench.height');
    }
    const cls = await page.evaluate<number>('window.__bench.cls');
    const fcp = await page.evaluate<number>('window.__bench.fcp');
    const shifts = await page.evaluate<string[]>('window.__bench.shifts');
    if (withElement) {
      const [clicked, usable] = await page.evaluate<[number, number]>('window.__bench.order()');
      quantity = usable;
      clickToQuantity = usable - clicked;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      fcp,
      load,
      cards,
      height,
      quantity,
      clickToQuantity,
      cls,
      shifts,
      bytes,
      requests,
      errors,
    };
  } finally {
    await context.close();
  }
}
