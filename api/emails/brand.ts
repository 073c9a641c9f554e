/**
 * Who an e-mail speaks for: CERTINOMIS, or the white-label reseller whose page
 * the buyer ordered on (its display name, its colours, its own client space).
 * CERTINOMIS stays named as the certification authority in the footer.
 */
import type { Kysely } from 'kysely';
import type { Locale } from '../../machines/messages/index.ts';
import { defaultBranding, resolveBranding } from '../../machines/schemas/partner.ts';
import type { Database } from '../db/database.ts';

export interface EmailBrand {
  /** The name the buyer knows the seller by. */
  name: string;
  /** A reseller selling under its own name (not CERTINOMIS's). */
  reseller: boolean;
  /** Button colours (the partner's `colors.primary` / `colors.onPrimary`). */
  primary: string;
  onPrimary: string;
  /** The reseller's own client space (its page embedding the space), null: CERTINOMIS's. */
  clientSpaceUrl: string | null;
}

export const certinomisBrand: EmailBrand = {
  name: defaultBranding.displayName,
  reseller: false,
  primary: defaultBranding.colors.primary,
  onPrimary: defaultBranding.colors.onPrimary,
  clientSpaceUrl: null,
};

/** The brand of a partner row (its stored branding, possibly partial, and client space). */
export function emailBrandOf(
  partner: { branding: unknown; client_space_url: string | null } | null | undefined,
): EmailBrand {
  if (!partner) return certinomisBrand;
  const branding = resolveBranding(partner.branding);
  return {
    name: branding.displayName,
    reseller: branding.displayName !== defaultBranding.displayName,
    primary: branding.colors.primary,
    onPrimary: branding.colors.onPrimary,
    clientSpaceUrl: partner.client_space_url,
  };
}

/**
 * The brand an account's e-mails carry: the partner of the address's orders —
 * `preferredPartnerId` (the page a login was typed on) when the address ordered
 * there, else the partner of its latest order. Never a partner the buyer did not
 * order from, so no page can send a reset e-mail in another seller's name.
 */
export async function accountBrand(
  db: Kysely<Database>,
  email: string,
  preferredPartnerId: string | null = null,
): Promise<EmailBrand> {
  let query = db
    .selectFrom('orders')
    .innerJoin('partners', 'partners.id', 'orders.partner_id')
    .select(['partners.branding', 'partners.client_space_url'])
    .where('orders.email', '=', email);
  if (preferredPartnerId) {
    query = query.orderBy((eb) =>
      eb.case().when('partners.id', '=', preferredPartnerId).then(0).else(1).end(),
    );
  }
  const row = await query.orderBy('orders.created_at', 'desc').limit(1).executeTakeFirst();
  return emailBrandOf(row);
}

/** The footer: the seller, and CERTINOMIS as the issuer, in the reader's language. */
export function footerOf(brand: EmailBrand, locale: Locale): string {
  if (locale === 'en') {
    return brand.reseller
      ? `${brand.name} — qualified eIDAS electronic signature certificates issued by CERTINOMIS, certification authority`
      : 'CERTINOMIS — qualified eIDAS electronic signature certificates';
  }
  return brand.reseller
    ? `${brand.name} — certificats de signature électronique qualifiés eIDAS émis par CERTINOMIS, autorité de certification`
    : 'CERTINOMIS — certificats de signature électronique qualifiés eIDAS';
}

/** An HTML call-to-action button in the brand's colours. */
export function buttonStyle(brand: EmailBrand): string {
  return `background:${brand.primary};color:${brand.onPrimary};padding:10px 16px;border-radius:6px;text-decoration:none`;
}
