import type { Page } from 'playwright-core';

/**
 * In the demo mailbox (`/boite-mail`, already filtered on the recipient), opens the newest
 * message whose subject contains `subject`, then clicks its link named `linkName` (e-mails'
 * links open in a new tab): the tab it opened, loaded.
 */
export async function followMailedLink(
  mailbox: Page,
  subject: string,
  linkName: string,
): Promise<Page> {
  await mailbox.bringToFront();
  const item = mailbox.locator('.message__link', { hasText: subject }).first();
  await item.waitFor({ timeout: 10_000 });
  await item.click();
  await mailbox.locator('#reader h2', { hasText: subject }).waitFor({ timeout: 10_000 });
  const link = mailbox.frameLocator('iframe.reader__html').getByRole('link', { name: linkName });
  await link.waitFor({ timeout: 10_000 });
  const context = mailbox.context();
  const opened = context.waitForEvent('page', { timeout: 15_000 }).catch(() => null);
  await link.click();
  // On a loaded machine the click on the e-mail's link (in the reader's iframe) has been seen
  // to open no tab at all; the buyer would click again, the test opens the same address.
  const tab =
    (await opened) ??
    (await (async () => {
      const href = await link.getAttribute('href');
      if (!href) throw new Error(`the link "${linkName}" has no address`);
      const page = await context.newPage();
      await page.goto(href);
      return page;
    })());
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}
