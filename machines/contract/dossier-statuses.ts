/**
 * A dossier's statuses and the groups both sides read them in (re-exported by lists.ts). Their
 * own module, importing nothing: the client space reads them before login without drawing in
 * the dossier's schemas that lists.ts re-exports.
 */

/** A dossier's statuses, in the order of its life (filters list them in this order). */
export const DOSSIER_STATUSES = [
  'to_complete',
  'to_sign',
  'awaiting_paper',
  'in_review',
  'awaiting_payment',
  'issued',
  'shipped',
  'at_post_office',
  'revoked',
  'refused',
  'cancelled',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * What the client space lists under "Vos demandes de certificats à compléter": the dossiers
 * still under way (the buyer or CERTINOMIS has something to do), and a revoked certificate
 * (its row says "Révoqué le …": it left "Prochaines échéances"). Issued, shipped or available
 * certificates move to "Prochaines échéances"; refused and cancelled dossiers are over.
 */
export const OPEN_DOSSIER_STATUSES = [
  'to_complete',
  'to_sign',
  'awaiting_paper',
  'in_review',
  'awaiting_payment',
  'revoked',
] as const satisfies readonly DossierStatus[];

/** The buyer may still edit the dossier (its row offers "Compléter"; the others, "Voir"). */
export const EDITABLE_DOSSIER_STATUSES = [
  'to_complete',
  'to_sign',
] as const satisfies readonly DossierStatus[];
/** The statuses of a dossier whose certificate was issued (and is neither revoked nor refused). */
export const ISSUED_STATUSES = ['issued', 'shipped', 'at_post_office'] as const;

/**
 * What an operator may still cancel (before issuance): the API refuses issued, revoked,
 * refused and cancelled dossiers (`POST /v1/admin/orders/{reference}/cancellation`).
 */
export const CANCELLABLE_DOSSIER_STATUSES = [
  'to_complete',
  'to_sign',
  'awaiting_paper',
  'in_review',
  'awaiting_payment',
] as const satisfies readonly DossierStatus[];
