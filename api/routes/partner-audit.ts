import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { cursorTimestampSchema, queryInteger, uuidSchema } from '../../machines/schemas/params.ts';
import type { Database } from '../db/database.ts';
import { parseOrThrow } from '../http/body.ts';
import { cursorParam, encodeCursor } from '../http/cursor.ts';
import { type PartnerAccessEnv, partnerAccess, requireCapability } from '../http/partner-access.ts';
import { listPartnerAudit } from '../services/partner-audit.ts';

const auditCursorSchema = v.pipe(
  v.strictTuple([cursorTimestampSchema, uuidSchema]),
  v.transform(([occurredAt, id]) => ({ occurredAt, id })),
);

export const partnerAuditQuerySchema = v.object({
  cursor: v.optional(cursorParam(auditCursorSchema)),
  limit: v.optional(queryInteger(1, 100), '50'),
});

/**
 * `GET /v1/partner/audit`: every change made through the partner API — who
 * (the secret key by its hint, or a portal user), when, what, from which IP —
 * newest first, in keyset pages. Only the partner's own entries.
 */
export function partnerAuditRoutes(deps: { db: Kysely<Database>; now: () => Date }) {
  const app = new Hono<PartnerAccessEnv>();

  app.get('/audit', partnerAccess(deps), requireCapability('audit'), async (c) => {
    const query = parseOrThrow(c, partnerAuditQuerySchema, c.req.query());
    const { page, last } = await listPartnerAudit(deps.db, c.get('partner').id, {
      cursor: query.cursor ?? null,
      limit: query.limit,
    });
    return c.json({
      items: page.items,
      nextCursor: last ? encodeCursor([last.occurredAt, last.id]) : null,
    });
  });

  return app;
}
