import type { Locale } from '../machines/messages/index.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** Integer cents as a localised amount: 11000 → "110 €" (fr) / "€110" (en). Whole euros lose the ",00". */
export function formatMoney(cents: number, locale: Locale, currency = 'EUR'): string {
  const whole = cents % 100 === 0;
  const key = `${locale}:${currency}:${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
