import type { UiKey } from './fr.ts';

/** Interface texts of the element, English. */
export const en: Record<UiKey, string> = {
  'catalog.heading': 'Products',
  'catalog.loading': 'Loading the catalogue…',
  'catalog.unreachable': 'The ordering service cannot be reached right now.',
  'catalog.unreachableHint': 'Check your connection and try again.',
  'catalog.failed': 'The catalogue could not be loaded.',
  'catalog.empty': 'No product is available at the moment.',
  'catalog.retry': 'Try again',
  'catalog.intro':
    'Choose how long the certificate is valid by clicking Order. Every certificate can sign public procurement bids and PES flows, and authenticate (e-filing of acts).',
  'product.order': 'Order',
  'product.more': 'Learn more →',
  'product.less': 'Hide details',
  'product.ht': 'excl. VAT',
  'product.validity.one': '{n} year',
  'product.validity.other': '{n} years',
  'product.orderLabel': 'Order: {label}',
  'product.moreLabel': 'Learn more: {label}',
};
