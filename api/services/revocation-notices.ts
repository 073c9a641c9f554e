import type { Transaction } from 'kysely';
import { beneficiaryOf } from '../../machines/dossier/conditions.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import type { DossierEvent } from '../../machines/dossier/events.ts';
import type { Database } from '../db/database.ts';
import { type EmailBrand, emailBrandOf } from '../emails/brand.ts';
import { certificateRevokedEmail, revocationRefusedEmail } from '../emails/revocation.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';
import type { DossierRecord } from './dossiers.ts';

/** The certificate's holder, as the e-mails name them. */
export const holderOf = (context: DossierContext) => {
  const person = beneficiaryOf(context);
  return person ? `${person.firstName} ${person.lastName}` : context.orderReference;
};

/** The seller a dossier's e-mails speak for: its partner (a reseller's name and colours). */
export function dossierBrand(
  row: Pick<DossierRecord, 'partner_id' | 'partner_client_space_url' | 'partner_branding'>,
): EmailBrand {
  return emailBrandOf(
    row.partner_id
      ? { branding: row.partner_branding, client_space_url: row.partner_client_space_url }
      : null,
  );
}

/** The bénéficiaire's and the mandataire's addresses, once each. */
export function holdersEmails(context: DossierContext): string[] {
  const emails = [beneficiaryOf(context)?.email, context.mandataire?.email].filter(
    (email): email is string => Boolean(email),
  );
  return [...new Set(emails.map((email) => email.toLowerCase()))];
}

/**
 * What an operator's decision tells, in its transaction: revoked → the buyer, the bénéficiaire
 * and the mandataire by e-mail, and the partner (`certificate.revoked`); refused → the buyer.
 * (The status e-mail of `applyEventInTransaction` is not sent for `revoked`: this one replaces it.)
 */
export async function revocationNotices(
  trx: Transaction<Database>,
  row: Pick<
    DossierRecord,
    | 'id'
    | 'email'
    | 'reference'
    | 'locale'
    | 'partner_id'
    | 'partner_client_space_url'
    | 'partner_branding'
  >,
  event: DossierEvent,
  context: DossierContext,
  now: Date,
  clientSpaceUrl: string,
): Promise<void> {
  const revocation = context.revocation;
  if (!revocation) return;
  const brand = dossierBrand(row);
  if (event.type === 'revocation.confirmed') {
    const revokedAt = context.revokedAt ?? now.toISOString();
    const recipients = [...new Set([row.email.toLowerCase(), ...holdersEmails(context)])];
    for (const to of recipients) {
      await enqueueEmail(trx, {
        to,
        ...certificateRevokedEmail({
          holder: holderOf(context),
          reference: row.reference,
          reason: revocation.reason,
          revokedAt,
          locale: row.locale,
          timeZone: dossierTimeZone(context),
          brand,
        }),
      });
    }
    await enqueueWebhookEvent(trx, {
      partnerId: row.partner_id,
      type: 'certificate.revoked',
      data: {
        dossierId: row.id,
        orderReference: row.reference,
        serialNumber: context.certificate?.serialNumber ?? null,
        reason: revocation.reason,
        revokedAt,
      },
      now,
    });
  }
  if (event.type === 'revocation.refused') {
    await enqueueEmail(trx, {
      to: row.email,
      ...revocationRefusedEmail({
        holder: holderOf(context),
        reference: row.reference,
        reason: revocation.refusalReason ?? '',
        clientSpaceUrl: row.partner_client_space_url ?? clientSpaceUrl,
        locale: row.locale,
        brand,
      }),
    });
  }
}
