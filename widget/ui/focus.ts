import type { ReactiveElement } from 'lit';

/** Once `screen` rendered, focuses its heading (`h2`): a new step was shown. */
export async function focusHeading(screen: ReactiveElement): Promise<void> {
  await screen.updateComplete;
  screen.renderRoot.querySelector<HTMLElement>('h2')?.focus();
}

/** Once `screen` rendered, focuses the first element matching `invalid`; false when none. */
export async function focusInvalid(screen: ReactiveElement, invalid: string): Promise<boolean> {
  await screen.updateComplete;
  const target = screen.renderRoot.querySelector<HTMLElement>(invalid);
  target?.focus();
  return target !== null;
}
