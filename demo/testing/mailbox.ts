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
  const [tab] = await Promise.all([mailbox.context().waitForEvent('page'), link.click()]);
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}
