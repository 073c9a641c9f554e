import type { Locale } from '../../machines/messages/index.ts';
import { certinomisBrand, type EmailBrand, footerOf } from './brand.ts';

/** Escapes text for HTML e-mail bodies. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Building an Intl.NumberFormat costs far more than using one: keep one per locale.
const euros = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** Integer cents as "1 234,56 €" (fr) / "€1,234.56" (en) for e-mails. */
export function money(cents: number, locale: Locale): string {
  return euros[locale].format(cents / 100);
}

/** A minimal, widely rendered HTML e-mail layout around `body`, its footer in `lang`. */
export function layout(
  title: string,
  body: string,
  lang: Locale,
  /** The seller (a white-label reseller's brand or name): the footer names it, and CERTINOMIS as the issuer. */
  brand: EmailBrand | string = certinomisBrand,
): string {
  const seller =
    typeof brand === 'string'
      ? { ...certinomisBrand, name: brand, reseller: brand !== certinomisBrand.name }
      : brand;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:640px;margin:0 auto;padding:16px;border-top:4px solid ${seller.primary}">
${body}
<p style="color:#52606d;font-size:12px;margin-top:32px">${escapeHtml(footerOf(seller, lang))}</p>
</body></html>`;
}
