import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { CatalogResponse, OptionCode } from '../../machines/contract.ts';
import type { Database } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { payeeOf } from '../services/payee.ts';

export interface CatalogDeps {
  db: Kysely<Database>;
}

/** `GET /v1/catalog`: products, options, VAT rate, currency and payee, in the request's locale. */
export function catalogRoutes({ db }: CatalogDeps) {
  return new Hono().get('/', async (c) => {
    const locale = localeOf(c);
    const [products, options, seller] = await Promise.all([
      db
        .selectFrom('products')
        .selectAll()
        .where('active', '=', true)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('product_options')
        .selectAll()
        .where('active', '=', true)
        .orderBy('position')
        .execute(),
      db.selectFrom('seller').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
    ]);
    const body: CatalogResponse = {
      locale,
      currency: 'EUR',
      vatRate: (products[0]?.vat_rate_bp ?? 2000) / 100,
      products: products.map((p) => ({
        code: p.code,
        label: locale === 'en' ? p.label_en : p.label_fr,
        blurb: locale === 'en' ? p.blurb_en : p.blurb_fr,
        features: locale === 'en' ? p.features_en : p.features_fr,
        validityYears: p.validity_years,
        priceHt: p.price_ht_cents,
        vatRate: p.vat_rate_bp / 100,
      })),
      options: options.map((o) => ({
        code: o.code as OptionCode,
        label: locale === 'en' ? o.label_en : o.label_fr,
        description: locale === 'en' ? o.description_en : o.description_fr,
        priceHt: o.price_ht_cents,
        perCertificate: true,
        rule: o.rule,
      })),
      payee: payeeOf(seller),
    };
    c.header('Cache-Control', 'public, max-age=60');
    c.header('Vary', 'Accept-Language');
    return c.json(body);
  });
}
