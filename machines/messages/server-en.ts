import type { serverFr } from './server-fr.ts';

/** English of server-fr.ts: every French key must exist here (checked by the type). */
export const serverEn: Record<keyof typeof serverFr, string> = {
  'validation.cgv_outdated':
    'The terms of sale were updated: read them again and accept the new version.',
  'validation.unknown_field': 'This field is not expected.',
  'validation.renewal_unknown':
    'No issued certificate of this organisation (same SIREN) matches: it cannot be renewed.',
  'validation.renewal_revoked': 'This certificate was revoked: it cannot be renewed.',
  'validation.renewal_renewed': 'This certificate was already renewed.',
  'validation.revocation_not_issued': 'Only an issued, valid certificate can be revoked.',
  'validation.revocation_code_missing': 'No revocation code pending: request the revocation again.',
  'validation.revocation_code_expired':
    'This revocation code has expired: request the revocation again.',
  'validation.revocation_code_locked': 'Too many attempts: request the revocation again.',
  'validation.file_unreadable':
    'This file is damaged or unreadable: scan the identity document again.',
  'validation.event_forbidden': 'This event cannot be sent from the client space.',
  'validation.code_wrong': 'Wrong code. {remaining} attempt(s) left.',
  'validation.code_locked': 'Too many attempts: ask for a new code.',
  'validation.code_expired': 'This code has expired: ask for a new one.',
  'validation.code_void': 'The dossier changed since the code was sent: ask for a new one.',
  'validation.code_missing': 'No code was sent: ask for one.',
  'validation.payment_already_received': 'This order’s payment is already recorded.',
  'validation.cancel_after_issue':
    'The certificate is already issued: it can no longer be cancelled (request its revocation).',
  'validation.cancel_already_cancelled': 'This certificate is already cancelled or refused.',
  'validation.cancel_not_in_order': 'This dossier does not belong to this order.',
  'validation.refund_already_recorded': 'This refund is already recorded.',
  'validation.payment_mandate':
    'This order is paid by administrative mandate (Chorus Pro): there is no payment to match.',
  'validation.payment_amount_mismatch':
    'The amount received is not the order’s total including VAT.',
  'validation.payment_reference_mismatch':
    'The transfer label carries neither the order reference nor the buyer’s transfer reference.',
  'validation.payment_cheque_mismatch': 'This cheque number is not the one given when ordering.',
  'validation.payment_bank_mismatch': 'This bank is not the one given when ordering.',
  'validation.file_too_many_pixels':
    'This image exceeds 40 megapixels: send a lower-resolution photo or scan.',
  'validation.file_pdf_active':
    'This PDF contains JavaScript, automatic actions or attached files: send a plain scan of the identity document.',
  'validation.origin_format':
    'Enter an exact origin: scheme, host and optional port, no path (https://example.com).',
  'validation.origin_live_https':
    'A live partner only allows https: origins (localhost in test mode only).',
  'validation.webhook_url':
    'Enter an https: address on a public host name (http: and local hosts in test mode only).',
  'validation.url': 'Enter a complete http(s) address.',
  'validation.month': 'Invalid month (YYYY-MM).',
  'validation.webhook_event_type': 'Unknown event type.',
};
