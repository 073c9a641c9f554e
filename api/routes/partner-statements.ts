import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { statementMonthSchema } from '../../machines/schemas/partner-portal.ts';
import type { Database } from '../db/database.ts';
import { parseOrThrow } from '../http/body.ts';
import { CSV_BOM, CSV_CONTENT_TYPE, csvLine, wantsFormat } from '../http/csv.ts';
import { type PartnerAccessEnv, partnerAccess, requireCapability } from '../http/partner-access.ts';
import { renderStatementPdf } from '../invoices/statement-pdf.ts';
import {
  partnerStatement,
  statementCsvColumns,
  statementCsvRows,
} from '../services/partner-statements.ts';

export const statementQuerySchema = v.object({
  format: v.optional(v.picklist(['json', 'csv', 'pdf'], 'validation.type')),
});

/**
 * `GET /v1/partner/statements/{yyyy-mm}`: the month's sales (Europe/Paris),
 * totals HT/TTC per product, as JSON, CSV (`Accept: text/csv`) or PDF
 * (`Accept: application/pdf`); `?format=` does the same for plain links.
 */
export function partnerStatementRoutes(deps: { db: Kysely<Database>; now: () => Date }) {
  const app = new Hono<PartnerAccessEnv>();

  app.get('/statements/:month', partnerAccess(deps), requireCapability('statements'), async (c) => {
    const { month } = parseOrThrow(c, v.object({ month: statementMonthSchema }), {
      month: c.req.param('month'),
    });
    const { format } = parseOrThrow(c, statementQuerySchema, c.req.query());
    const partner = c.get('partner');
    const statement = await partnerStatement(deps.db, partner, month);
    const filename = `releve-${partner.slug}-${month}`;
    switch (wantsFormat(c.req.header('Accept'), format)) {
      case 'csv':
        return c.body(
          CSV_BOM +
            csvLine(statementCsvColumns) +
            statementCsvRows(statement).map(csvLine).join(''),
          200,
          {
            'Content-Type': CSV_CONTENT_TYPE,
            'Content-Disposition': `attachment; filename="${filename}.csv"`,
          },
        );
      case 'pdf': {
        const bytes = await renderStatementPdf(statement);
        return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${filename}.pdf"`,
        });
      }
      default:
        return c.json(statement);
    }
  });

  return app;
}
