/**
 * French: Field errors only the API writes (its checks against what it stores: CGV versions, renewals,
 * revocation and signature codes, payments, cancellations, uploaded files; the partner portal's
 * settings): registered by machines/messages/server.ts, which index.ts (the API's, the back
 * office's) imports, and never in the partner's element.
 * Keys are stable identifiers; valibot schemas carry them as their messages, each side translates.
 */
export const serverFr = {
  'validation.cgv_outdated':
    'Les CGV ont été mises à jour : relisez-les et acceptez la nouvelle version.',
  'validation.unknown_field': 'Ce champ n’est pas attendu.',
  'validation.renewal_unknown':
    'Aucun certificat émis de cet organisme (même SIREN) ne correspond : il ne peut pas être renouvelé.',
  'validation.renewal_revoked': 'Ce certificat a été révoqué : il ne peut pas être renouvelé.',
  'validation.renewal_renewed': 'Ce certificat a déjà été renouvelé.',
  'validation.revocation_not_issued': 'Seul un certificat émis et valide peut être révoqué.',
  'validation.revocation_code_missing':
    'Aucun code de révocation en cours : faites une nouvelle demande.',
  'validation.revocation_code_expired':
    'Ce code de révocation a expiré : faites une nouvelle demande.',
  'validation.revocation_code_locked': 'Trop d’essais : faites une nouvelle demande de révocation.',
  'validation.file_unreadable':
    'Ce fichier est endommagé ou illisible : numérisez à nouveau la pièce d’identité.',
  'validation.event_forbidden': 'Cet événement ne peut pas être envoyé depuis l’espace client.',
  'validation.code_wrong': 'Code incorrect. Il vous reste {remaining} essai(s).',
  'validation.code_locked': 'Trop d’essais : demandez un nouveau code.',
  'validation.code_expired': 'Ce code a expiré : demandez-en un nouveau.',
  'validation.code_void':
    'Le dossier a été modifié depuis l’envoi du code : demandez-en un nouveau.',
  'validation.code_missing': 'Aucun code n’a été envoyé : demandez un code.',
  'validation.payment_already_received': 'Le paiement de cette commande est déjà enregistré.',
  'validation.cancel_after_issue':
    'Le certificat est déjà émis : il ne peut plus être annulé (demandez sa révocation).',
  'validation.cancel_already_cancelled': 'Ce certificat est déjà annulé ou refusé.',
  'validation.cancel_not_in_order': 'Ce dossier n’appartient pas à cette commande.',
  'validation.refund_already_recorded': 'Ce remboursement est déjà enregistré.',
  'validation.payment_mandate':
    'Cette commande est payée par mandat administratif (Chorus Pro) : aucun paiement à rapprocher.',
  'validation.payment_amount_mismatch':
    'Le montant reçu ne correspond pas au montant TTC de la commande.',
  'validation.payment_reference_mismatch':
    'Le libellé du virement ne porte ni la référence de la commande ni la référence de virement du client.',
  'validation.payment_cheque_mismatch':
    'Ce numéro de chèque n’est pas celui indiqué à la commande.',
  'validation.payment_bank_mismatch': 'Cette banque n’est pas celle indiquée à la commande.',
  'validation.file_too_many_pixels':
    'Cette image dépasse 40 millions de pixels : envoyez une photo ou une numérisation de plus faible résolution.',
  'validation.file_pdf_active':
    'Ce PDF contient du JavaScript, des actions automatiques ou des fichiers joints : envoyez une simple numérisation de la pièce d’identité.',
  'validation.origin_format':
    'Indiquez une origine exacte : schéma, hôte et port éventuel, sans chemin (https://exemple.fr).',
  'validation.origin_live_https':
    'Un partenaire en production n’autorise que des origines https: (localhost seulement en mode test).',
  'validation.webhook_url':
    'Indiquez une adresse https: sur un nom d’hôte public (http: et hôtes locaux seulement en mode test).',
  'validation.url': 'Indiquez une adresse http(s) complète.',
  'validation.month': 'Mois invalide (format AAAA-MM).',
  'validation.webhook_event_type': 'Type d’événement inconnu.',
} as const;
