/**
 * The wording every part of the element shares (the purchase, the client space, the dossier,
 * the back office), French: written once here, and given to each table's own keys.
 */
export const commonFr = {
  required: 'Les champs marqués d’un * sont obligatoires.',
  errors: '{n} champs à corriger. {first}',
  errorsOne: '{n} champ à corriger. {first}',
  retry: 'Réessayer',
  language: 'Langue',
  network: 'Le service est momentanément injoignable. Vérifiez votre connexion puis réessayez.',
  failed: 'La demande n’a pas abouti. Réessayez dans un instant.',
} as const;
