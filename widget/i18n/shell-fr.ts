import { commonFr } from './common-fr.ts';

/**
 * The texts the element's entry shows by itself (the catalogue, its loading and error states,
 * the brand bar), French. The purchase's table (element-fr.ts) includes them.
 */
export const shellFr = {
  'brand.logo': 'Logo {name}',
  'brand.test': 'Mode test',
  'brand.testHint': 'les commandes de test ne sont jamais honorées',
  'catalog.heading': 'Liste des produits',
  'catalog.loading': 'Chargement du catalogue…',
  'catalog.unreachable': 'Le service de commande est momentanément injoignable.',
  'catalog.unreachableHint': 'Vérifiez votre connexion puis réessayez.',
  'catalog.failed': 'Le catalogue n’a pas pu être chargé.',
  'catalog.empty': 'Aucun produit n’est disponible pour le moment.',
  'catalog.retry': commonFr.retry,
  'catalog.intro':
    'Sélectionnez la durée de validité du certificat en cliquant sur Commander. Tous les certificats sont utilisables pour signer des marchés publics, des flux PES, et pour s’authentifier (logiciels de télétransmission des actes).',
  'purchase.loading': 'Chargement de la commande…',
  'space.loading': 'Chargement de l’espace client…',

  'product.order': 'Commander',
  'product.more': 'En savoir plus →',
  'product.less': 'Masquer le détail',
  'product.ht': 'HT',
  'product.validity.one': '{n} an',
  'product.validity.other': '{n} ans',
  'product.orderLabel': 'Commander : {label}',
  'product.moreLabel': 'En savoir plus : {label}',
} as const;

export type ShellKey = keyof typeof shellFr;
