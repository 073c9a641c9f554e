import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { DossierResponse, SignatureCodeResponse } from '../../machines/contract.ts';
import { dossierEventActors, stampDossierEvent } from '../../machines/dossier/events.ts';
import { translate } from '../../machines/messages/index.ts';
import {
  dossierEventSchema,
  signatureCodeRequestSchema,
  signerSchema,
} from '../../machines/schemas/dossier.ts';
import { uuidSchema } from '../../machines/schemas/params.ts';
import { resolveBranding } from '../../machines/schemas/partner.ts';
import { withoutUnsafeCharacters } from '../../machines/schemas/text.ts';
import type { Database } from '../db/database.ts';
import { checkDocument } from '../documents/check-document.ts';
import { renderDossierPdf } from '../documents/dossier-pdf.ts';
import { fileTooLarge, maxDocumentBytes, maxUploadBodyBytes } from '../documents/limits.ts';
import { sniffDocumentType } from '../documents/sniff.ts';
import { type AuthEnv, partnerScopeOf, requireAccount } from '../http/auth.ts';
import { parseOrThrow, readJson } from '../http/body.ts';
import { limitBody } from '../http/body-limit.ts';
import { localeOf } from '../http/locale.ts';
import { readOptionalJson } from '../http/optional-json.ts';
import { pathParam } from '../http/params.ts';
import { notFound, ProblemError, validationProblem } from '../http/problem.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { ImageSanitizer } from '../ports/image-sanitizer.ts';
import { versionFromIfMatch } from '../services/dossier-versions.ts';
import {
  type Actor,
  applyEvent,
  applyEventInTransaction,
  type DocumentRow,
  type DossierRecord,
  dossierResponse,
  loadDossier,
  persistedOf,
} from '../services/dossiers.ts';
import { confirmSignatureCode, sendSignatureCode } from '../services/signature-code.ts';

export interface DossierRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  fileStore: FileStore;
  imageSanitizer: ImageSanitizer;
  clientSpaceUrl: string;
  onOutboxWrite?: () => void;
}

/** `POST /v1/dossiers/{id}/signature`: a signer's code (the mandataire's when `signer` is left out). */
export const codeSchema = v.object({
  code: v.pipe(
    v.string('validation.code_format'),
    v.trim(),
    v.regex(/^\d{6}$/, 'validation.code_format'),
  ),
  signer: signerSchema,
});

/**
 * `/v1/dossiers/{id}`: read a dossier, send it machine events (with
 * `If-Match` optimistic concurrency), request and confirm the SMS signing
 * code, upload the identity scan, download it, print the dossier as PDF.
 * Only the dossier's owner (the order's e-mail) and operators reach it.
 */
export function dossierRoutes(deps: DossierRouteDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAccount(deps));

  const actorOf = (c: Context<AuthEnv>): Actor => {
    const account = c.get('account');
    return {
      kind: account.role === 'operator' ? 'operator' : 'customer',
      id: account.id,
      email: account.email,
      partnerId: partnerScopeOf(c),
    };
  };

  const dossierIdOf = (c: Context<AuthEnv>) => pathParam(c, 'id', uuidSchema);

  const respond = async (c: Context<AuthEnv>, row: DossierRecord, documents?: DocumentRow[]) => {
    c.header('ETag', `"${row.version}"`);
    c.header('Cache-Control', 'no-store');
    return c.json(
      (await dossierResponse(
        deps.db,
        row,
        actorOf(c),
        localeOf(c),
        documents,
      )) satisfies DossierResponse,
    );
  };

  app.get('/:id', async (c) => {
    const row = await loadDossier(deps.db, dossierIdOf(c), actorOf(c));
    return respond(c, row);
  });

  app.post('/:id/events', async (c) => {
    const dossierId = dossierIdOf(c);
    const expected = versionFromIfMatch(c.req.header('If-Match'));
    const actor = actorOf(c);
    const locale = localeOf(c);
    // No read before the transaction (a round trip, issue 21): its locked load answers 404
    // for a dossier the actor may not see. What is refused first (the body, the event's
    // actor) depends on the request only, so the order tells a stranger nothing.
    const body = await readJson(c, dossierEventSchema);
    if (dossierEventActors[body.type] !== actor.kind) {
      throw validationProblem([
        { field: 'type', message: translate(locale, 'validation.event_forbidden') },
      ]);
    }
    const now = deps.now();
    const { record, documents } = await applyEvent(
      deps.db,
      dossierId,
      actor,
      stampDossierEvent(body, now.toISOString()),
      locale,
      expected,
      now,
      deps,
    );
    return respond(c, record, documents);
  });

  app.post('/:id/signature/code', async (c) => {
    const dossierId = dossierIdOf(c);
    const expected = versionFromIfMatch(c.req.header('If-Match'));
    const actor = actorOf(c);
    await loadDossier(deps.db, dossierId, actor);
    // No body (as before there were two signers, whatever its Content-Type): the mandataire.
    const empty = (await c.req.text().catch(() => '')).trim() === '';
    const { signer } = empty
      ? parseOrThrow(c, signatureCodeRequestSchema, {})
      : await readOptionalJson(c, signatureCodeRequestSchema);
    const sent = await sendSignatureCode(deps, dossierId, actor, expected, localeOf(c), signer);
    deps.onOutboxWrite?.();
    c.header('ETag', `"${sent.record.version}"`);
    return c.json({
      signer,
      sentTo: sent.sentTo,
      expiresAt: sent.expiresAt,
      dossier: await dossierResponse(deps.db, sent.record, actor, localeOf(c)),
    } satisfies SignatureCodeResponse);
  });

  app.post('/:id/signature', async (c) => {
    const dossierId = dossierIdOf(c);
    const expected = versionFromIfMatch(c.req.header('If-Match'));
    const actor = actorOf(c);
    await loadDossier(deps.db, dossierId, actor);
    const { code, signer } = await readJson(c, codeSchema);
    const row = await confirmSignatureCode(
      deps,
      dossierId,
      actor,
      expected,
      code,
      localeOf(c),
      signer,
    );
    return respond(c, row);
  });

  app.post(
    '/:id/documents',
    // Limited while it arrives, once the account is known (api/http/body-limit.ts).
    limitBody(maxUploadBodyBytes, fileTooLarge),
    async (c) => {
      const actor = actorOf(c);
      const locale = localeOf(c);
      const dossierId = dossierIdOf(c);
      await loadDossier(deps.db, dossierId, actor);
      const ifMatch = c.req.header('If-Match');
      const expected = ifMatch ? versionFromIfMatch(ifMatch) : null;
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody();
      } catch {
        throw validationProblem([
          { field: 'file', message: translate(locale, 'validation.file_required') },
        ]);
      }
      const file = form.file;
      if (!(file instanceof File) || file.size === 0) {
        throw validationProblem([
          { field: 'file', message: translate(locale, 'validation.file_required') },
        ]);
      }
      if (file.size > maxDocumentBytes) throw fileTooLarge();
      const original = new Uint8Array(await file.arrayBuffer());
      const contentType = sniffDocumentType(original);
      if (!contentType) {
        throw new ProblemError(
          415,
          'file-type',
          'problem.file_type.title',
          'problem.file_type.detail',
        );
      }
      // Pixel bombs and active PDFs are refused before anything decodes or keeps them.
      const checked = await checkDocument(original, contentType);
      if (!checked.ok) {
        throw validationProblem([{ field: 'file', message: translate(locale, checked.message) }]);
      }
      let bytes: Uint8Array = checked.bytes;
      if (contentType !== 'application/pdf') {
        try {
          bytes = await deps.imageSanitizer.sanitize(checked.bytes, contentType);
        } catch {
          throw validationProblem([
            { field: 'file', message: translate(locale, 'validation.file_unreadable') },
          ]);
        }
      }
      const key = crypto.randomUUID();
      await deps.fileStore.put(key, { bytes, contentType });
      const now = deps.now();
      try {
        const row = await deps.db.transaction().execute(async (trx) => {
          // The dossier row first, FOR UPDATE: the insert below takes a key-share lock on it
          // (documents.dossier_id references it) and the event then wants it FOR UPDATE, so two
          // uploads that both took the key-share lock would wait for each other (40P01).
          // Locked first, concurrent writes to one dossier queue on its row lock instead.
          await loadDossier(trx, dossierId, actor, { forUpdate: true });
          const document = await trx
            .insertInto('documents')
            .values({
              dossier_id: dossierId,
              kind: 'identity',
              content_type: contentType,
              size: bytes.length,
              sha256: await hashBytes(bytes),
              storage_key: key,
              // As sent, less NUL, lone surrogates and controls; 200 code points (never half a pair).
              original_name:
                Array.from(withoutUnsafeCharacters(file.name)).slice(0, 200).join('') || null,
              uploaded_at: now,
              uploaded_by: actor.id,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          return applyEventInTransaction(
            trx,
            dossierId,
            { ...actor, as: 'system' },
            { type: 'identity.documentUploaded', documentId: document.id, at: now.toISOString() },
            locale,
            expected,
            now,
            deps,
          );
        });
        c.status(201);
        return respond(c, row);
      } catch (error) {
        await deps.fileStore.delete(key);
        throw error;
      }
    },
  );

  app.get('/:id/documents/:documentId', async (c) => {
    const actor = actorOf(c);
    const dossier = await loadDossier(deps.db, dossierIdOf(c), actor);
    const documentId = pathParam(c, 'documentId', uuidSchema);
    const document = await deps.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', documentId)
      .where('dossier_id', '=', dossier.id)
      .executeTakeFirst();
    const file = document ? await deps.fileStore.get(document.storage_key) : null;
    if (!document || !file) throw notFound(new URL(c.req.url).pathname);
    const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[
      document.content_type
    ];
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': document.content_type,
        'Content-Disposition': `attachment; filename="piece-identite-${dossier.reference}.${extension}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  });

  app.get('/:id/pdf', async (c) => {
    const dossier = await loadDossier(deps.db, dossierIdOf(c), actorOf(c));
    const persisted = persistedOf(dossier);
    if (!persisted) throw notFound(new URL(c.req.url).pathname);
    const seller = await deps.db
      .selectFrom('seller')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const pdf = await renderDossierPdf({
      dossierId: dossier.id,
      position: dossier.position,
      quantity: dossier.quantity,
      productLabel: dossier.locale === 'en' ? dossier.label_en : dossier.label_fr,
      orderDate: new Date(dossier.order_created_at),
      context: persisted.context,
      locale: dossier.locale,
      sellerName: resolveBranding(dossier.partner_branding).displayName,
      postTo: {
        name: seller.legal_name,
        address: seller.address,
        postalCode: seller.postal_code,
        city: seller.city,
      },
      generatedAt: deps.now(),
    });
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="dossier-${dossier.reference}-${dossier.position}.pdf"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  });

  return app;
}

async function hashBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
