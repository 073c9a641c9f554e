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

  'validation.required': 'Ce champ est obligatoire.',
  'validation.type': 'Ce champ n’a pas le bon type.',
  'validation.unknown_field': 'Ce champ n’est pas attendu.',
} as const;

export type MessageKey = keyof typeof fr;
