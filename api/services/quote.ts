import type { Kysely } from 'kysely';
import type { QuoteLine, QuoteResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { translate } from '../../machines/messages/index.ts';
import { computeTotals } from '../../machines/rules/vat.ts';
import type { QuoteRequest } from '../../machines/schemas/purchase.ts';
import type { Database, PartnerPriceListRow, Product } from '../db/database.ts';
import { validationProblem } from '../http/problem.ts';
import { activeOptions, activeProducts } from './reference-data.ts';

export interface PricedQuote extends QuoteResponse {
  product: Product;
  /** Lines with their VAT rate, as stored on the order. */
  pricedLines: (QuoteLine & { vatRateBp: number })[];
}

/**
 * Prices a request from the catalogue in the database — the only place
 * amounts are computed. VAT per rate on the summed base (EN 16931).
 * An unknown or inactive product is a 422 on the field `product`.
 */
export async function priceQuote(
  db: Kysely<Database>,
  request: QuoteRequest,
  locale: Locale,
  /** The partner's own prices, replacing the catalogue's where given. */
  priceList: PartnerPriceListRow | null = null,
): Promise<PricedQuote> {
  const [products, options] = await Promise.all([activeProducts(db), activeOptions(db)]);
  const product = products.find((p) => p.code === request.product);
  if (!product) {
    throw validationProblem([
      { field: 'product', message: translate(locale, 'validation.product_unknown') },
    ]);
  }
  const en = locale === 'en';
  const pricedLines: PricedQuote['pricedLines'] = [
    {
      code: product.code,
      label: en ? product.label_en : product.label_fr,
      quantity: request.quantity,
      unitHt: productPrice(product, priceList),
      totalHt: productPrice(product, priceList) * request.quantity,
      vatRateBp: product.vat_rate_bp,
    },
  ];
  const wanted = { usb_reader: request.options.usbReader, express: request.options.express };
  for (const option of [...options].sort((a, b) => a.position - b.position)) {
    if (!wanted[option.code as keyof typeof wanted]) continue;
    pricedLines.push({
      code: option.code,
      label: en ? option.label_en : option.label_fr,
      quantity: request.quantity,
      unitHt: optionPrice(option, priceList),
      totalHt: optionPrice(option, priceList) * request.quantity,
      vatRateBp: option.vat_rate_bp,
    });
  }
  const totals = computeTotals(pricedLines);
  return {
    product,
    pricedLines,
    lines: pricedLines.map(({ vatRateBp: _, ...line }) => line),
    totals: { ht: totals.ht, vat: totals.vat, ttc: totals.ttc },
    vatBreakdown: totals.vatBreakdown.map((b) => ({
      rate: b.rateBp / 100,
      base: b.base,
      amount: b.amount,
    })),
    currency: 'EUR',
  };
}

/** A product's unit price (HT cents) for a partner: its price list, else the catalogue. */
export function productPrice(
  product: Pick<Product, 'code' | 'price_ht_cents'>,
  priceList: PartnerPriceListRow | null,
): number {
  return priceList?.products?.[product.code] ?? product.price_ht_cents;
}

/** An option's unit price (HT cents) for a partner: its price list, else the catalogue. */
export function optionPrice(
  option: { code: string; price_ht_cents: number },
  priceList: PartnerPriceListRow | null,
): number {
  return priceList?.options?.[option.code] ?? option.price_ht_cents;
}
