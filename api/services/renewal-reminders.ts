import { type Kysely, sql } from 'kysely';
import { beneficiaryOf } from '../../machines/dossier/conditions.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { Database } from '../db/database.ts';
import { buttonStyle, type EmailBrand, emailBrandOf } from '../emails/brand.ts';
import { escapeHtml, layout } from '../emails/html.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import { issuedStatuses } from './organisation-facts.ts';

const day = 86_400_000;
export const reminderKinds = [
  { kind: '90_days', days: 90 },
  { kind: '30_days', days: 30 },
] as const;

/**
 * The scheduled renewal reminders: for every issued certificate expiring
 * within 90 (then 30) days, one e-mail each, never twice — the reminder row
 * (primary key dossier + kind) is claimed with ON CONFLICT DO NOTHING in the
 * same transaction as the outbox e-mail, so reruns, restarts and concurrent
 * runs send each reminder exactly once. Returns how many were queued.
 */
export async function sendRenewalReminders(deps: {
  db: Kysely<Database>;
  now: () => Date;
  clientSpaceUrl: string;
}): Promise<number> {
  const now = deps.now();
  const horizon = new Date(now.getTime() + 90 * day).toISOString();
  const candidates = await deps.db
    .selectFrom('dossiers')
    .innerJoin('orders', 'orders.id', 'dossiers.order_id')
    .leftJoin('partners', 'partners.id', 'orders.partner_id')
    .select([
      'partners.client_space_url as partner_client_space_url',
      'partners.branding as partner_branding',
      'dossiers.id',
      'orders.email',
      'orders.locale',
      'orders.reference',
      sql<DossierContext>`dossiers.data -> 'context'`.as('context'),
      sql<string>`dossiers.data #>> '{context,certificate,notAfter}'`.as('not_after'),
    ])
    .where('dossiers.status', 'in', issuedStatuses)
    // Test orders' certificates were never real: nobody is reminded to renew them.
    .where('orders.livemode', '=', true)
    .where(sql`dossiers.data #>> '{context,certificate,notAfter}'`, '<=', horizon)
    .where(sql`dossiers.data #>> '{context,certificate,notAfter}'`, '>', now.toISOString())
    // Renewed already (an order, not cancelled, renews it): no more reminders.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('orders as renewal')
            .select('renewal.id')
            .whereRef('renewal.renewal_of', '=', 'dossiers.id')
            .where('renewal.status', '<>', 'cancelled'),
        ),
      ),
    )
    .execute();
  let queued = 0;
  for (const row of candidates) {
    const daysLeft = (Date.parse(row.not_after) - now.getTime()) / day;
    // Only the most urgent reminder due: a certificate found at 20 days gets the 30-day one only.
    const due = [...reminderKinds].reverse().find((r) => daysLeft <= r.days);
    if (!due) continue;
    const sent = await deps.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('renewal_reminders')
        .values({ dossier_id: row.id, kind: due.kind, sent_at: now })
        .onConflict((oc) => oc.columns(['dossier_id', 'kind']).doNothing())
        .returning('dossier_id')
        .executeTakeFirst();
      if (!claimed) return false;
      if (due.kind === '30_days') {
        // The 90-day reminder is no longer useful once the 30-day one went out.
        await trx
          .insertInto('renewal_reminders')
          .values({ dossier_id: row.id, kind: '90_days', sent_at: now })
          .onConflict((oc) => oc.columns(['dossier_id', 'kind']).doNothing())
          .execute();
      }
      await enqueueEmail(trx, {
        to: row.email,
        ...reminderEmail(
          row,
          Math.ceil(daysLeft),
          renewalLink(row.partner_client_space_url ?? deps.clientSpaceUrl, row.id, row.email),
          emailBrandOf(
            row.partner_branding === null
              ? null
              : { branding: row.partner_branding, client_space_url: row.partner_client_space_url },
          ),
        ),
      });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

/**
 * Straight to the pre-filled renewal on the partner's client space (the reseller's for its
 * buyers): `?renew=` names the certificate, `?email=` fills the login form.
 */
export function renewalLink(clientSpaceUrl: string, dossierId: string, email: string): string {
  const separator = clientSpaceUrl.includes('?') ? '&' : '?';
  return `${clientSpaceUrl}${separator}renew=${encodeURIComponent(dossierId)}&email=${encodeURIComponent(email)}`;
}

function reminderEmail(
  row: { locale: Locale; reference: string; not_after: string; context: DossierContext },
  daysLeft: number,
  clientSpaceUrl: string,
  brand: EmailBrand,
) {
  const person = beneficiaryOf(row.context);
  const name = person ? `${person.firstName} ${person.lastName}` : '';
  const date = formatInZone(row.not_after, row.locale, dossierTimeZone(row.context), 'longDay');
  const fr = row.locale !== 'en';
  // A reseller's buyer bought it from the reseller: the subject names no other seller.
  const subject = fr
    ? `Votre certificat ${brand.reseller ? 'de signature' : 'CERTINOMIS'} expire dans ${daysLeft} jours`
    : `Your ${brand.reseller ? 'signature' : 'CERTINOMIS'} certificate expires in ${daysLeft} days`;
  const lines = fr
    ? [
        `Le certificat de ${name} (commande ${row.reference}) expire le ${date}.`,
        'Pensez à commander son renouvellement pour continuer à signer sans interruption : le lien ci-dessous ouvre la commande, pré-remplie.',
      ]
    : [
        `The certificate of ${name} (order ${row.reference}) expires on ${date}.`,
        'Order its renewal to keep signing without interruption: the link below opens the order, pre-filled.',
      ];
  return {
    subject,
    text: [...lines, '', clientSpaceUrl].join('\n'),
    html: layout(
      subject,
      `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="${escapeHtml(clientSpaceUrl)}" style="${buttonStyle(brand)}">${escapeHtml(clientSpaceUrl)}</a></p>`,
      row.locale,
      brand,
    ),
  };
}
