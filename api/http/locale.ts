import type { Context } from 'hono';
import { type Locale, locales, negotiateLocale } from '../../machines/messages/index.ts';

/**
 * The locale of a request: `?locale=` when it names a supported one (the
 * element sets it from its `locale` attribute), else Accept-Language, else fr.
 */
export function localeOf(c: Context): Locale {
  const query = c.req.query('locale');
  if (query && (locales as readonly string[]).includes(query)) return query as Locale;
  return negotiateLocale(c.req.header('Accept-Language'));
}
