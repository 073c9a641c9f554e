/**
 * French messages (the default locale): field errors, problem titles and
 * labels shared by the element and the API. Keys are stable identifiers;
 * valibot schemas carry keys as their messages and each side translates them.
 */
export const fr = {
  'problem.validation.title': 'Certaines informations sont invalides',
  'problem.validation.detail': 'Corrigez les champs signalés puis réessayez.',
  'problem.bad_json.title': 'Requête illisible',
  'problem.bad_json.detail': 'Le corps de la requête doit être un document JSON valide.',
  'problem.unsupported_media_type.title': 'Format non pris en charge',
  'problem.unsupported_media_type.detail': 'Envoyez le corps de la requête en application/json.',
  'problem.not_found.title': 'Ressource introuvable',
  'problem.not_found.detail': 'Aucune ressource ne correspond à {path}.',
  'problem.method_not_allowed.title': 'Méthode non autorisée',
  'problem.method_not_allowed.detail': 'La méthode {method} n’est pas acceptée ici.',
  'problem.payload_too_large.title': 'Requête trop volumineuse',
  'problem.payload_too_large.detail': 'Le corps de la requête dépasse la taille autorisée.',
  'problem.internal.title': 'Erreur interne',
  'problem.internal.detail':
    'Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez le support en citant l’identifiant {requestId}.',
  'problem.unavailable.title': 'Service momentanément indisponible',
  'problem.unavailable.detail': 'Un service nécessaire ne répond pas. Réessayez dans un instant.',
  'problem.organisation_not_found.title': 'Établissement inconnu',
  'problem.organisation_not_found.detail':
    'Le SIRET {siret} est valide mais ne correspond à aucun établissement connu du répertoire.',
  'problem.idempotency_required.title': 'En-tête Idempotency-Key requis',
  'problem.idempotency_required.detail':
    'Chaque commande doit porter un en-tête Idempotency-Key unique (8 à 255 caractères, par exemple un UUID), réutilisé tel quel en cas de nouvel essai.',
  'problem.idempotency_mismatch.title': 'Clé d’idempotence déjà utilisée',
  'problem.idempotency_mismatch.detail':
    'Cette clé Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle commande.',
  'problem.idempotency_in_flight.title': 'Commande en cours de traitement',
  'problem.idempotency_in_flight.detail':
    'Une requête avec la même clé Idempotency-Key est en cours de traitement. Réessayez dans un instant.',
  'validation.cgv_outdated':
    'Les CGV ont été mises à jour : relisez-les et acceptez la nouvelle version.',

  'validation.required': 'Ce champ est obligatoire.',
  'validation.type': 'Ce champ n’a pas le bon type.',
  'validation.unknown_field': 'Ce champ n’est pas attendu.',

  // --- Purchase flow (machines/schemas/purchase.ts, machines/purchase/) ---
  'validation.too_long': 'Ce champ ne doit pas dépasser {max} caractères.',
  'validation.civility': 'Choisissez Madame ou Monsieur.',
  'validation.email': 'Adresse e-mail invalide.',
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
    'Le lecteur format clé USB est obligatoire pour un premier certificat CERTINOMIS.',
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

export type MessageKey = keyof typeof fr;
