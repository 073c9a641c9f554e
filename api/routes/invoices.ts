import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { orderReferenceSchema } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, partnerScopeOf, requireAccount } from '../http/auth.ts';
import { pathParam } from '../http/params.ts';
import { notFound } from '../http/problem.ts';
import { invoiceToCii } from '../invoices/cii.ts';
import { renderFacturX } from '../invoices/factur-x.ts';
import type { InvoiceDocument } from '../invoices/invoice.ts';

/**
 * `GET /v1/orders/{reference}/invoice.pdf` (Factur-X: the PDF carrying its XML) and `/invoice.xml` (EN 16931 data
 * as CII, what Chorus Pro and Factur-X take): for the buyer who placed the
 * order (bearer session of the order's e-mail) and for operators.
 */
export function invoiceRoutes(deps: { db: Kysely<Database>; now: () => Date }) {
  const app = new Hono<AuthEnv>();
  app.use('/:reference/*', requireAccount(deps));

  const load = async (c: Context<AuthEnv>) => {
    const reference = pathParam(c, 'reference', orderReferenceSchema);
    const account = c.get('account');
    const scope = partnerScopeOf(c);
    let query = deps.db
      .selectFrom('invoices')
      .innerJoin('orders', 'orders.id', 'invoices.order_id')
      .select(['invoices.document', 'invoices.number'])
      .where('orders.reference', '=', reference);
    if (account.role !== 'operator') {
      query = query.where('orders.email', '=', account.email);
      if (scope) query = query.where('orders.partner_id', '=', scope);
    }
    const row = await query.executeTakeFirst();
    if (!row) throw notFound(`/v1/orders/${reference}/invoice`);
    return row.document as InvoiceDocument;
  };

  app.get('/:reference/invoice.pdf', async (c) => {
    const invoice = await load(c);
    return new Response((await renderFacturX(invoice)) as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="facture-${invoice.number}.pdf"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  app.get('/:reference/invoice.xml', async (c) => {
    const invoice = await load(c);
    return new Response(invoiceToCii(invoice), {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="facture-${invoice.number}.xml"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  return app;
}
