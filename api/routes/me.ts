import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  type CertificateRow,
  DOSSIER_STATUSES,
  type DossierRow,
  type MeResponse,
  type Page,
} from '../../machines/contract.ts';
import { queryInteger } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { type AuthEnv, partnerScopeOf, requireAccount } from '../http/auth.ts';
import { parseOrThrow } from '../http/body.ts';
import { cursorParam } from '../http/cursor.ts';
import { localeOf } from '../http/locale.ts';
import { dossierCursorSchema, listCertificates, listDossiers } from '../services/dashboard.ts';
import { listBillingDocuments } from './credit-notes.ts';

export const dossierQuerySchema = v.object({
  status: v.optional(v.picklist(DOSSIER_STATUSES, 'validation.type')),
  /** `true`: only what the dashboard lists (`OPEN_DOSSIER_STATUSES`: under way, or revoked). */
  open: v.optional(v.picklist(['true', 'false'], 'validation.type')),
  cursor: v.optional(cursorParam(dossierCursorSchema)),
  limit: v.optional(queryInteger(1, 100), '20'),
});

/** `/v1/me`: the logged-in buyer's own data — only dossiers of orders placed with their e-mail. */
export function meRoutes(deps: { db: Kysely<Database>; now: () => Date }) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAccount(deps));

  app.get('/', (c) => {
    const account = c.get('account');
    return c.json({ email: account.email, locale: account.locale } satisfies MeResponse);
  });

  app.get('/dossiers', async (c) => {
    const query = parseOrThrow(c, dossierQuerySchema, c.req.query());
    const page = await listDossiers(deps.db, c.get('account').email, {
      status: query.status,
      open: query.open === 'true',
      cursor: query.cursor ?? null,
      limit: query.limit,
      locale: localeOf(c),
      partnerId: partnerScopeOf(c),
    });
    return c.json(page satisfies Page<DossierRow>);
  });

  app.get('/certificates', async (c) => {
    const page = await listCertificates(
      deps.db,
      c.get('account').email,
      localeOf(c),
      partnerScopeOf(c),
    );
    return c.json(page satisfies Page<CertificateRow>);
  });

  /** Invoices and credit notes, each credit note beside its invoice. */
  app.get('/billing-documents', async (c) => {
    const items = await listBillingDocuments(deps.db, c.get('account').email, partnerScopeOf(c));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ items });
  });

  return app;
}
