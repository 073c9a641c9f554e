import { commonEn } from './common-en.ts';
import type { ShellKey } from './shell-fr.ts';

/** The texts the element's entry shows by itself, English (fetched when English is used). */
export const shellEn: Record<ShellKey, string> = {
  'brand.logo': '{name} logo',
  'brand.test': 'Test mode',
  'brand.testHint': 'test orders are never fulfilled',
  'catalog.heading': 'Products',
  'catalog.loading': 'Loading the catalogue…',
  'catalog.unreachable': 'The ordering service cannot be reached right now.',
  'catalog.unreachableHint': 'Check your connection and try again.',
  'catalog.failed': 'The catalogue could not be loaded.',
  'catalog.empty': 'No product is available at the moment.',
  'catalog.retry': commonEn.retry,
  'catalog.intro':
    'Choose how long the certificate is valid by clicking Order. Every certificate can sign public procurement bids and PES flows, and authenticate (e-filing of acts).',
  'purchase.loading': 'Loading the order…',
  'space.loading': 'Loading the client space…',

  'product.order': 'Order',
  'product.more': 'Learn more →',
  'product.less': 'Hide details',
  'product.ht': 'excl. VAT',
  'product.validity.one': '{n} year',
  'product.validity.other': '{n} years',
  'product.orderLabel': 'Order: {label}',
  'product.moreLabel': 'Learn more: {label}',
};
