import type { purchaseFr } from './purchase-fr.ts';

/** English of purchase-fr.ts: every French key must exist here (checked by the type). */
export const purchaseEn: Record<keyof typeof purchaseFr, string> = {
  'validation.civility': 'Choose Ms or Mr.',
  'validation.email_mismatch': 'The two e-mail addresses do not match.',
  'validation.phone_fr': 'Invalid phone number: use 0X XX XX XX XX or +33 X XX XX XX XX.',
  'validation.phone': 'Invalid phone number (6 to 15 digits, + prefix allowed).',
  'validation.country': 'Choose a country (two-letter ISO code).',
  'validation.postal_code': 'Invalid postal code (5 digits in France).',
  'validation.siret_format': 'The SIRET must have 14 digits.',
  'validation.siret_checksum': 'This SIRET is not valid: check the digits entered.',
  'validation.siret_unverified': 'The SIRET has not been checked yet.',
  'validation.siret_pending': 'Checking the SIRET…',
  'validation.siret_unknown': 'No establishment matches this SIRET.',
  'validation.siret_closed':
    'This establishment is closed: enter the SIRET of an establishment in activity.',
  'validation.siret_lookup_failed':
    'The SIRET could not be checked right now. Try again in a moment.',
  'validation.usb_reader_required':
    'The USB key reader is mandatory for an establishment’s first certificate.',
  'validation.payment_method': 'Choose a payment method.',
  'validation.mandate_public_only':
    'Administrative mandate is only offered to public administrations.',
  'validation.service_code': 'Service code: letters, digits, spaces and - _ / . only.',
  'validation.chorus_order_number':
    'Chorus order number: letters, digits, spaces and - _ / . only.',
  'validation.transfer_reference':
    "Transfer reference: unaccented letters, digits, spaces and - / . : ' ( ) + , only.",
  'validation.cheque_number': 'The cheque number has 7 digits.',
  'validation.quantity_range': 'Enter a whole number of certificates, from 1 to 50.',
  'validation.product_unknown': 'This product is not in the catalogue.',
  'validation.cgv_required': 'You must read and accept the terms of sale (CGV) to order.',
};
