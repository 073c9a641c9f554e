import { type Context, Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import * as v from 'valibot';
import { verifyWebhook } from '../../examples/verify-webhook.ts';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import { isUuid, queryText } from '../../machines/schemas/params.ts';
import { partnerSlugSchema } from '../../machines/schemas/partner.ts';
import type { Database, OutboxChannel } from '../db/database.ts';
import { localeOf } from '../http/locale.ts';
import { notFound, ProblemError, problemResponse, validationProblem } from '../http/problem.ts';
import { developmentKeyRing, type KeyRing } from '../security/encryption.ts';
import { readWebhookSecret } from '../services/partners.ts';

export interface DevDeps {
  db: Kysely<Database>;
  /** Opens the demo partners' stored webhook secrets (default: the development key). */
  keys?: KeyRing | Promise<KeyRing>;
}

/** One outbox message as `GET /dev/outbox` shows it. */
export interface DevOutboxMessage {
  id: string;
  channel: OutboxChannel;
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** One webhook as the demo partners' endpoint (`POST /dev/webhooks/:slug`) received it. */
export interface DevReceivedWebhook {
  slug: string;
  receivedAt: string;
  /** The signature checked out with the sample partners copy (examples/verify-webhook.ts). */
  verified: boolean;
  eventId: string | null;
  type: string | null;
  error: string | null;
}

const channels = ['email', 'sms', 'webhook'] as const satisfies readonly OutboxChannel[];
const LIMIT = 200;

/** `GET /outbox?to=&channel=`: a recipient (safe text, as stored) and one of the channels. */
const outboxQuerySchema = v.object({
  to: v.optional(queryText(320)),
  channel: v.optional(v.picklist(channels, `expected one of ${channels.join(', ')}`)),
});

/**
 * The `/dev` routes answer their problems themselves (`problemResponse`): they are also
 * mounted on a bare Hono in tests, without the app's error handler.
 */
function invalid(c: Context, issues: readonly v.BaseIssue<unknown>[]): Response {
  return problemResponse(c, validationProblem(toFieldErrors(issues, localeOf(c))));
}

/** CSP of a stored e-mail's HTML: its inline styles and data: images, nothing else. */
export const outboxHtmlCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Adds `<base target="_blank">` at the start of the document's head, so that a
 * click on a link opens it in a new tab (the mailbox's iframe allows popups
 * that escape the sandbox). A `<base>` without `href` is not restricted by
 * `base-uri`; the links' addresses are untouched.
 */
function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + base + html.slice(head.index + head[0].length)
    );
  return base + html;
}

/**
 * Development and demo helpers, mounted by the app under `/dev` in demo mode
 * only (never in production: it shows every message, links included).
 *
 * `GET /outbox`: the latest 200 outbox messages, newest first, optionally
 * filtered by `?to=` (recipient, case-insensitive) and `?channel=` (default: e-mails and SMS;
 * `webhook` for the partners' webhooks, their recipient shown as the endpoint). This is
 * where the demo's e-mails are read, since its mailer sends nothing.
 *
 * `GET /outbox/:id/html`: the HTML version of one e-mail, for the demo
 * mailbox to show in a sandboxed iframe. It is served under its own strict
 * CSP (no script, no external resource, no form, no `<base href>`), with a
 * `<base target="_blank">` added so that its links (to the client space)
 * open in a new tab instead of inside the frame. 404 for an unknown id or a
 * message without HTML version.
 */
export function devRoutes({ db, keys = developmentKeyRing() }: DevDeps) {
  /** The demo partners' side of their webhooks: what arrived, and whether it verified. */
  const received: DevReceivedWebhook[] = [];
  return new Hono()
    .post('/webhooks/:slug', async (c) => {
      // A demo partner's endpoint: verifies exactly as docs/webhooks.md tells partners to.
      const slug = c.req.param('slug');
      const raw = await c.req.text();
      // The slug is checked before the query (a NUL, for one, would fail in Postgres).
      const partner = v.is(partnerSlugSchema, slug)
        ? await db
            .selectFrom('partners')
            .select(['id', 'webhook_secret'])
            .where('slug', '=', slug)
            .executeTakeFirst()
        : undefined;
      let entry: DevReceivedWebhook;
      try {
        const secret = partner ? await readWebhookSecret(db, keys, partner) : null;
        if (!secret) throw new Error(`no demo partner ${slug} with a secret`);
        const event = await verifyWebhook(raw, c.req.header('Certinomis-Signature'), secret);
        entry = {
          slug,
          receivedAt: new Date().toISOString(),
          verified: true,
          eventId: event.id,
          type: event.type,
          error: null,
        };
      } catch (error) {
        entry = {
          slug,
          receivedAt: new Date().toISOString(),
          verified: false,
          eventId: c.req.header('Certinomis-Event-Id') ?? null,
          type: c.req.header('Certinomis-Event-Type') ?? null,
          error: (error as Error).message,
        };
      }
      received.unshift(entry);
      received.length = Math.min(received.length, LIMIT);
      if (entry.verified) return c.body(null, 204);
      return problemResponse(
        c,
        new ProblemError(
          400,
          'webhook-signature',
          'problem.webhook_signature.title',
          'problem.webhook_signature.detail',
          {},
          undefined,
          {},
          { error: entry.error },
        ),
      );
    })
    .get('/webhooks', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(received);
    })
    .get('/outbox/:id/html', async (c) => {
      const id = c.req.param('id');
      // Outbox ids are UUIDs: anything else cannot exist (and must not reach the uuid cast).
      const row = isUuid(id)
        ? await db.selectFrom('outbox').select('html_body').where('id', '=', id).executeTakeFirst()
        : undefined;
      if (!row || row.html_body === null) {
        return problemResponse(c, notFound(new URL(c.req.url).pathname));
      }
      return c.body(withLinksInNewTab(row.html_body), 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': outboxHtmlCsp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
    })
    .get('/outbox', async (c) => {
      const params = v.safeParse(outboxQuerySchema, c.req.query());
      if (!params.success) return invalid(c, params.issues);
      const { to, channel } = params.output;
      let query = db
        .selectFrom('outbox')
        .leftJoin('partners', (join) =>
          join
            .on('outbox.channel', '=', 'webhook')
            .on(sql<boolean>`partners.id::text = outbox.recipient`),
        )
        .select([
          'outbox.id',
          'channel',
          // A webhook's recipient is its partner: show where it goes.
          sql<string>`coalesce(partners.webhook_url, outbox.recipient)`.as('recipient'),
          'subject',
          'text_body',
          'html_body',
          'outbox.created_at',
          'sent_at',
        ])
        .orderBy('outbox.created_at', 'desc')
        .orderBy('outbox.id', 'desc')
        .limit(LIMIT);
      if (to) query = query.where(sql<boolean>`lower(outbox.recipient) = ${to.toLowerCase()}`);
      // People's messages by default; partners' webhooks only when asked for.
      query = channel
        ? query.where('channel', '=', channel)
        : query.where('channel', 'in', ['email', 'sms']);
      const rows = await query.execute();
      const body: DevOutboxMessage[] = rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        createdAt: new Date(row.created_at).toISOString(),
        sentAt: row.sent_at === null ? null : new Date(row.sent_at).toISOString(),
      }));
      c.header('Cache-Control', 'no-store');
      return c.json(body);
    });
}
