import { lazyImport } from '../../machines/lazy-import.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { translator } from '../../machines/messages/translator.ts';
import { elementFr, type UiKey } from './element-fr.ts';

export { toLocale } from '../../machines/messages/locales.ts';
export { languageReady, loadLanguage } from '../../machines/messages/translator.ts';
export type { UiKey };

/** The element's texts (the catalogue, the purchase): English fetched when English is used. */
export const elementTexts = translator<UiKey>({
  fr: elementFr,
  en: () =>
    lazyImport('widget/i18n/element-en.ts', () => import('./element-en.ts')).then(
      (module) => module.elementEn,
    ),
});

/** The element's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const uiText = elementTexts.text;

/** The label of a field by its order-request path (`customer.email` → "Email"), else the path. */
export function fieldLabel(locale: Locale, path: string): string {
  const key = `field.${path}`;
  return elementTexts.has(key) ? uiText(locale, key) : path;
}
