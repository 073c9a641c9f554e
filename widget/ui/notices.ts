import { html } from 'lit';
import type { Locale } from '../../machines/messages/index.ts';
import type { ApiError } from '../api-client.ts';
import { shellText } from '../i18n/shell.ts';

/** A polite waiting message (`.status` of notice.styles.ts). */
export function waiting(text: string) {
  return html`<div class="status" role="status" aria-live="polite">${text}</div>`;
}

/**
 * The catalogue loading: its shape, empty (`<certinomis-product-list placeholder>`), with the
 * message where the brand bar will be, so that the page around the element does not move when
 * the products arrive (the element reserves its space).
 */
export function catalogLoading(locale: Locale) {
  return html`<div class="frame">
    <div class="brand-placeholder" role="status" aria-live="polite">
      ${shellText(locale, 'catalog.loading')}
    </div>
    <certinomis-product-list placeholder .locale=${locale}></certinomis-product-list>
  </div>`;
}

/** An error box with its title, its explanation and a Réessayer button. */
function failure(title: string, text: string, locale: Locale, retry: () => void) {
  return html`<div class="error" role="alert">
    <strong>${title}</strong>
    <p>${text}</p>
    <button class="primary" @click=${retry}>${shellText(locale, 'catalog.retry')}</button>
  </div>`;
}

/** The API (or a chunk of the element) cannot be reached: offline, or a new version deployed. */
export function unreachable(locale: Locale, retry: () => void) {
  return failure(
    shellText(locale, 'catalog.unreachable'),
    shellText(locale, 'catalog.unreachableHint'),
    locale,
    retry,
  );
}

/** The catalogue did not load: unreachable, or the API's problem in words. */
export function catalogFailure(locale: Locale, error: ApiError, retry: () => void) {
  if (error.isNetwork) return unreachable(locale, retry);
  return failure(
    shellText(locale, 'catalog.failed'),
    error.problem?.detail ?? error.message,
    locale,
    retry,
  );
}
