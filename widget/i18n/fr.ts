/** Interface texts of the element, French (default; wording of the seed's screens). */
export const fr = {
  'catalog.heading': 'Liste des produits',
  'catalog.loading': 'Chargement du catalogue…',
  'catalog.unreachable': 'Le service de commande est momentanément injoignable.',
  'catalog.unreachableHint': 'Vérifiez votre connexion puis réessayez.',
  'catalog.failed': 'Le catalogue n’a pas pu être chargé.',
  'catalog.empty': 'Aucun produit n’est disponible pour le moment.',
  'catalog.retry': 'Réessayer',
  'catalog.intro':
    'Sélectionnez la durée de validité du certificat en cliquant sur Commander. Tous les certificats sont utilisables pour signer des marchés publics, des flux PES, et pour s’authentifier (logiciels de télétransmission des actes).',
  'product.order': 'Commander',
  'product.more': 'En savoir plus →',
  'product.less': 'Masquer le détail',
  'product.ht': 'HT',
  'product.validity.one': '{n} an',
  'product.validity.other': '{n} ans',
  'product.orderLabel': 'Commander : {label}',
  'product.moreLabel': 'En savoir plus : {label}',
} as const;

export type UiKey = keyof typeof fr;
