/**
 * French: the purchase's field errors (machines/schemas/purchase.ts, machines/purchase/): registered by
 * machines/messages/purchase.ts, which the modules writing these keys import, so that the
 * purchase's files carry them and the client space's login does not.
 * Keys are stable identifiers; valibot schemas carry them as their messages, each side translates.
 */
export const purchaseFr = {
  'validation.civility': 'Choisissez Madame ou Monsieur.',
  'validation.email_mismatch': 'Les deux adresses e-mail ne correspondent pas.',
  'validation.phone_fr': 'Numéro de téléphone invalide : 0X XX XX XX XX ou +33 X XX XX XX XX.',
  'validation.phone': 'Numéro de téléphone invalide (6 à 15 chiffres, indicatif + accepté).',
  'validation.country': 'Choisissez un pays (code ISO à deux lettres).',
  'validation.postal_code': 'Code postal invalide (5 chiffres en France).',
  'validation.siret_format': 'Le SIRET doit comporter 14 chiffres.',
  'validation.siret_checksum': 'Ce numéro SIRET n’est pas valide : vérifiez les chiffres saisis.',
  'validation.siret_unverified': 'Le SIRET n’a pas encore été vérifié.',
  'validation.siret_pending': 'Vérification du SIRET en cours…',
  'validation.siret_unknown': 'Aucun établissement ne correspond à ce SIRET.',
  'validation.siret_closed':
    'Cet établissement est fermé : indiquez le SIRET d’un établissement en activité.',
  'validation.siret_lookup_failed':
    'Le SIRET n’a pas pu être vérifié pour le moment. Réessayez dans un instant.',
  'validation.usb_reader_required':
    'Le lecteur format clé USB est obligatoire pour le premier certificat d’un établissement.',
  'validation.payment_method': 'Choisissez un mode de paiement.',
  'validation.mandate_public_only':
    'Le mandat administratif n’est proposé qu’aux administrations publiques.',
  'validation.service_code':
    'Code service : lettres, chiffres, espaces et caractères - _ / . uniquement.',
  'validation.chorus_order_number':
    'Numéro commande Chorus : lettres, chiffres, espaces et caractères - _ / . uniquement.',
  'validation.transfer_reference':
    "Référence du virement : lettres sans accent, chiffres, espaces et caractères - / . : ' ( ) + , uniquement.",
  'validation.cheque_number': 'Le numéro de chèque comporte 7 chiffres.',
  'validation.quantity_range': 'Indiquez un nombre entier de certificats, de 1 à 50.',
  'validation.product_unknown': 'Ce produit ne figure pas au catalogue.',
  'validation.cgv_required': 'Vous devez lire et accepter les CGV pour commander.',
} as const;
