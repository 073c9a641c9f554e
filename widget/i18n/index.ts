import type { Locale } from '../../machines/messages/index.ts';
import { en } from './en.ts';
import { fr, type UiKey } from './fr.ts';

export type { UiKey };

const tables: Record<Locale, Record<UiKey, string>> = { fr, en };

/** The element's text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export function t(
  locale: Locale,
  key: UiKey,
  params: Record<string, string | number> = {},
): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Normalises an attribute value to a supported locale (fr by default). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** The label of a field by its order-request path (`customer.email` → "Email"), else the path. */
export function fieldLabel(locale: Locale, path: string): string {
  const key = `field.${path}`;
  return Object.hasOwn(tables[locale], key) ? t(locale, key as UiKey) : path;
}
