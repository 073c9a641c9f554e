import type { Page } from 'playwright-core';

/**
 * A label for the focused element, looked up through open shadow roots: its
 * <label>, aria-label, or text. What a screen reader would announce, roughly.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const labelled = active as HTMLInputElement;
    const label = labelled.labels?.[0]?.textContent;
    const text = label ?? active.getAttribute('aria-label') ?? active.textContent ?? '';
    return text
      .replace(/\s+/g, ' ')
      .replace(/\s*\*$/, '')
      .trim();
  });
}

/** Presses Tab until the focused element's name matches `name` (at most `max` presses). */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  const matches = (value: string) => (typeof name === 'string' ? value === name : name.test(value));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached "${name}" (last: "${await focusedName(page)}")`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}
