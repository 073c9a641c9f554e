/**
 * Renewal (Renouveler): which certificate an order may renew. One rule for both sides: the API
 * refuses an order's `renewalOf` with the key it returns (422 naming `renewalOf`), the client
 * space offers Renouveler only where it returns null.
 */

import '../messages/server.ts';
import type { DossierStatus } from '../contract/lists.ts';
import { ISSUED_STATUSES } from '../contract/lists.ts';
import type { MessageKey } from '../messages/messages.ts';
import type { BeneficiaireStep } from '../schemas/dossier.ts';
import type { DossierContext, DossierPrefill } from './context.ts';

/** The certificate an order names in `renewalOf`, as the API found it (null: no such dossier). */
export interface RenewalTarget {
  status: DossierStatus;
  /** The SIREN of the order that bought it. */
  siren: string;
  /** Bought with a live key (a test order's certificate was never real). */
  livemode: boolean;
  /** An order, not cancelled, that renews it already (its reference); null: none. */
  renewedBy: string | null;
}

const issued: readonly DossierStatus[] = ISSUED_STATUSES;

/**
 * Why `target` cannot be renewed by an order of `siren` (placed in `livemode`), or null when it
 * can: it must be an issued certificate of the same organisation (same SIREN, same mode), not
 * revoked and not renewed by another order already.
 */
export function renewalRefusal(
  target: RenewalTarget | null,
  order: { siren: string; livemode: boolean },
): MessageKey | null {
  if (!target || target.siren !== order.siren || target.livemode !== order.livemode) {
    return 'validation.renewal_unknown';
  }
  if (target.status === 'revoked') return 'validation.renewal_revoked';
  if (!issued.includes(target.status)) return 'validation.renewal_unknown';
  if (target.renewedBy !== null) return 'validation.renewal_renewed';
  return null;
}

/** Whether the client space offers Renouveler on a certificate row. */
export function renewable(row: { status: DossierStatus; renewedBy: unknown | null }): boolean {
  return issued.includes(row.status) && row.renewedBy === null;
}

/**
 * The pre-fill of a renewal's dossier: the order's own pre-fill, with the expiring dossier's
 * organisation, mandataire, bénéficiaire and delivery as drafts. Nothing of it counts as a saved
 * step (the dossier machine starts at Organisme, every step empty), and neither the identity
 * check nor the signature is carried over.
 */
export function renewalPrefill(
  order: DossierPrefill,
  expiring: { dossierId: string; context: DossierContext },
): DossierPrefill {
  const { context } = expiring;
  return {
    ...order,
    ...(context.organisation ? { organisation: { ...context.organisation } } : {}),
    renewal: {
      dossierId: expiring.dossierId,
      orderReference: context.orderReference,
      mandataire: context.mandataire ? { ...context.mandataire } : null,
      beneficiaire: context.beneficiaire
        ? (JSON.parse(JSON.stringify(context.beneficiaire)) as BeneficiaireStep)
        : null,
      delivery: context.delivery ? { ...context.delivery } : null,
    },
  };
}
