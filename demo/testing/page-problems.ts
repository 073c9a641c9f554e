import type { BrowserContext, Page } from 'playwright-core';

interface ProblemWindow {
  __cspViolations?: string[];
}

/**
 * Collects, for one page, everything that should never happen on a demo page:
 * Content-Security-Policy violations (seen by the page itself through
 * `securitypolicyviolation`, installed before any script runs), uncaught
 * errors and console errors. `problems()` returns them all, empty when fine.
 */
export async function watchPageProblems(page: Page): Promise<{ problems(): Promise<string[]> }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as ProblemWindow;
    w.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        w.__cspViolations?.push(
          `csp: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      },
      true,
    );
  });
  return {
    async problems() {
      const violations = await page.evaluate(
        () =>
          (window as unknown as ProblemWindow).__cspViolations ?? ['csp: watcher not installed'],
      );
      return [...violations, ...errors];
    },
  };
}

/**
 * Like {@link watchPageProblems}, for every page of a browser context, popups included (a link
 * opened in a new tab from the mailbox): installed on the context before any page opens.
 * `problems()` lists what happened on any of them, each prefixed with the page's address.
 */
export async function watchContextProblems(
  context: BrowserContext,
): Promise<{ problems(): Promise<string[]> }> {
  const errors: string[] = [];
  const pages: Page[] = [];
  const watch = (page: Page) => {
    pages.push(page);
    page.on('pageerror', (error) => errors.push(`${page.url()} pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()} console: ${message.text()}`);
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  await context.addInitScript(() => {
    const w = window as unknown as ProblemWindow;
    w.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        w.__cspViolations?.push(
          `csp: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      },
      true,
    );
  });
  return {
    async problems() {
      const violations: string[] = [];
      for (const page of pages) {
        if (page.isClosed()) continue;
        const seen = await page.evaluate(
          () =>
            (window as unknown as ProblemWindow).__cspViolations ?? ['csp: watcher not installed'],
        );
        violations.push(...seen.map((violation) => `${page.url()} ${violation}`));
      }
      return [...violations, ...errors];
    },
  };
}
