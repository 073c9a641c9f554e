import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { CatalogResponse, OptionCode } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { resolveBranding } from '../../machines/schemas/partner.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { requiredPartnerOf } from '../http/partner.ts';
import {
  type RenderedJson,
  renderJson,
  revalidation,
  serveRendered,
} from '../http/rendered-json.ts';
import { payeeOf } from '../services/payee.ts';
import { optionPrice, productPrice } from '../services/quote.ts';
import { activeOptions, activeProducts, sellerRow } from '../services/reference-data.ts';

export interface CatalogDeps {
  db: Kysely<Database>;
}

async function renderCatalog(
  db: Kysely<Database>,
  partner: PartnerRow,
  locale: Locale,
): Promise<RenderedJson> {
  const [products, options, seller] = await Promise.all([
    activeProducts(db),
    activeOptions(db),
    sellerRow(db),
  ]);
  const body = {
    locale,
    currency: 'EUR',
    vatRate: (products[0]?.vat_rate_bp ?? 2000) / 100,
    products: products.map((p) => ({
      code: p.code,
      label: locale === 'en' ? p.label_en : p.label_fr,
      blurb: locale === 'en' ? p.blurb_en : p.blurb_fr,
      features: locale === 'en' ? p.features_en : p.features_fr,
      validityYears: p.validity_years,
      priceHt: productPrice(p, partner.price_list),
      vatRate: p.vat_rate_bp / 100,
    })),
    options: options.map((o) => ({
      code: o.code as OptionCode,
      label: locale === 'en' ? o.label_en : o.label_fr,
      description: locale === 'en' ? o.description_en : o.description_fr,
      priceHt: optionPrice(o, partner.price_list),
      perCertificate: true,
      rule: o.rule,
    })),
    payee: payeeOf(seller),
    partner: {
      slug: partner.slug,
      mode: partner.mode,
      branding: resolveBranding(partner.branding),
    },
  } satisfies CatalogResponse;
  return renderJson(body);
}

/**
 * `GET /v1/catalog`: products and options at the partner's prices, VAT rate,
 * currency, payee, and the partner's mode and branding, in the request's locale.
 * `ETag` + `Cache-Control: private`. The answer's bytes and ETag are rendered once
 * per partner and locale and kept in the per-process read cache (api/db/read-cache.ts),
 * which drops them as soon as this process writes a catalogue, seller or partner row
 * and serves them at most its TTL after another process did: a hot catalogue read is
 * a cache lookup, not a render, a JSON serialisation and a digest.
 */
export function catalogRoutes({ db }: CatalogDeps) {
  // 304 on If-None-Match (hono/etag, keeping Cache-Control and Vary; the ETag is ours).
  return new Hono().use(revalidation()).get('/', (c) => {
    const locale = localeOf(c);
    const partner = requiredPartnerOf(c);
    return serveRendered(
      c,
      db,
      {
        key: `catalog:${partner.id}:${locale}`,
        tables: ['products', 'product_options', 'seller', 'partners'],
      },
      () => renderCatalog(db, partner, locale),
      // The partner's prices and branding: for the key's holder only, briefly.
      { cacheControl: 'private, max-age=60', vary: 'Accept-Language, X-Partner-Key' },
    );
  });
}
