import type { MessageKey } from './fr.ts';

/** English messages: every French key must exist here (checked by the type). */
export const en: Record<MessageKey, string> = {
  'validation.cgv_outdated':
    'The terms of sale were updated: read them again and accept the new version.',

  'validation.required': 'This field is required.',
  'validation.type': 'This field has the wrong type.',
  'validation.unknown_field': 'This field is not expected.',

  // --- Purchase flow (machines/schemas/purchase.ts, machines/purchase/) ---
  'validation.too_long': 'This field must not exceed {max} characters.',
  'validation.civility': 'Choose Ms or Mr.',
  'validation.email': 'Invalid e-mail address.',
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
  'validation.renewal_unknown':
    'No issued certificate of this organisation (same SIREN) matches: it cannot be renewed.',
  'validation.renewal_revoked': 'This certificate was revoked: it cannot be renewed.',
  'validation.renewal_renewed': 'This certificate was already renewed.',
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

  // Client space: accounts, login, dossier statuses.
  'validation.password_too_short': 'The password must have at least 8 characters.',
  'validation.password_too_long': 'The password must not exceed 256 characters.',
  'validation.password_common':
    'This password is too common or too easy to guess: choose another one.',
  'validation.token': 'Invalid link or code.',
  'validation.locale': 'Unsupported language (fr or en).',
  'status.to_complete': 'To complete',
  'status.to_sign': 'To sign',
  'status.awaiting_paper': 'Awaiting the paper dossier',
  'status.in_review': 'Under review',
  'status.awaiting_payment': 'Awaiting payment',
  'status.issued': 'Certificate issued',
  'status.shipped': 'Shipped',
  'status.at_post_office': 'Available at the post office',
  'status.refused': 'Refused',
  'status.revoked': 'Revoked',
  'revocation.reason.keyCompromise': 'Key compromised, token lost or stolen',
  'revocation.reason.affiliationChanged': 'The holder left the organisation or changed role',
  'revocation.reason.superseded': 'Superseded by another certificate',
  'revocation.reason.cessationOfOperation': 'Cessation of operation',
  'validation.revocation_reason': 'Choose the reason for the revocation.',
  'validation.revocation_pending': 'A revocation request is already pending for this certificate.',
  'validation.revocation_not_issued': 'Only an issued, valid certificate can be revoked.',
  'validation.revocation_none': 'No revocation request is pending for this certificate.',
  'validation.revocation_code': 'Invalid revocation code.',
  'validation.revocation_code_missing': 'No revocation code pending: request the revocation again.',
  'validation.revocation_code_expired':
    'This revocation code has expired: request the revocation again.',
  'validation.revocation_code_locked': 'Too many attempts: request the revocation again.',
  'status.cancelled': 'Cancelled',

  // --- Dossier (machines/schemas/dossier.ts, machines/dossier/, machines/dossier.machine.ts) ---
  'validation.mobile_fr':
    'Enter a French mobile number (06 or 07): it receives the signature code by SMS.',
  'validation.choice': 'Choose one of the options offered.',
  'validation.mail_requires_online_identity':
    'Delivery by mail is only possible with an online identity check.',
  'validation.step': 'Unknown dossier step.',
  'validation.step_locked': 'Complete the previous steps first.',
  'validation.step_incomplete': 'This step of the dossier is not completed yet.',
  'validation.dossier_read_only': 'The dossier is signed: it can no longer be changed.',
  'validation.event_type': 'Unknown action on the dossier.',
  'validation.event_not_allowed': 'This action is not possible at this stage of the dossier.',
  'validation.identity_document_required':
    'Upload the scan of the beneficiary’s identity document before signing.',
  'validation.identity_not_online':
    'Uploading an identity document requires the online identity check.',
  'validation.identity_not_submitted': 'No identity document is awaiting verification.',
  'validation.identity_already_verified': 'The beneficiary’s identity is already verified.',
  'validation.signature_method': 'Choose this signature method first.',
  'validation.signature_code_required':
    'Request the signature code by SMS first (a code sent before the dossier changed is no longer valid).',
  'validation.signer': 'Unknown signer: the mandataire or the bénéficiaire.',
  'validation.signer_not_required':
    'The bénéficiaire is the mandataire: only the mandataire signs this dossier.',
  'validation.signer_signed': 'This signer has already signed the dossier.',
  'validation.already_paid': 'The payment of this dossier is already recorded.',
  'validation.amount': 'Enter a whole amount in cents, greater than zero.',
  'validation.serial_number': 'The serial number is a hexadecimal number of 8 to 40 digits.',
  'validation.datetime': 'Invalid date and time (ISO 8601 expected).',
  'validation.tracking_number': 'Invalid tracking number: 4 to 40 letters, digits or dashes.',
  'validation.version': 'Invalid dossier version.',
  'validation.express_chronopost': 'An Express dossier ships with Chronopost.',
  'validation.delivery_not_mail':
    'This certificate is handed over at a post office: it is not shipped by mail.',
  'validation.delivery_not_post_office':
    'This certificate is sent by mail: it is not handed over at a post office.',
  'dossier.missing.dossier_incomplete': 'The dossier is not complete.',
  'dossier.missing.not_signed': 'The dossier is not signed.',
  'dossier.missing.paper_not_received': 'The signed paper dossier has not been received.',
  'dossier.missing.identity_not_verified': 'The beneficiary’s identity is not verified.',
  'dossier.missing.payment_not_received': 'The payment has not been received.',

  // Dossier API: versions, uploads, SMS signature codes.
  'problem.file_too_large.detail': 'The identity document must not exceed 10 MB.',
  'problem.file_type.detail':
    'Send a JPEG or PNG image, or a PDF. The type is checked from the file’s content, not its name.',
  'validation.file_required': 'Attach the identity document (JPEG, PNG or PDF, 10 MB at most).',
  'validation.file_unreadable':
    'This file is damaged or unreadable: scan the identity document again.',
  'validation.event_forbidden': 'This event cannot be sent from the client space.',
  'validation.code_format': 'The code has 6 digits.',
  'validation.code_wrong': 'Wrong code. {remaining} attempt(s) left.',
  'validation.code_locked': 'Too many attempts: ask for a new code.',
  'validation.code_expired': 'This code has expired: ask for a new one.',
  'validation.code_void': 'The dossier changed since the code was sent: ask for a new one.',
  'validation.code_missing': 'No code was sent: ask for one.',

  // Back office: payment matching, operator access.
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

  // Boundary validation (issue 13): characters Postgres or an identity document refuse,
  // malformed ids, bounded numbers, pagination cursors, malformed addresses.
  'validation.text_characters':
    'This field contains a character that is not allowed (a null character or an incomplete Unicode character).',
  'validation.name_characters':
    'Type the name as it appears on the identity document, without control or text-direction characters.',
  'validation.id_format': 'This identifier does not have the expected format.',
  'validation.too_small': 'The value must be at least {min}.',
  'validation.too_large': 'The value must not exceed {max}.',
  'validation.integer': 'Enter a whole number.',
  'validation.date': 'Invalid date (YYYY-MM-DD, a real calendar date).',
  'validation.cursor': 'Invalid pagination cursor: start again from the first page.',
  // Limits before reading (issue 13): images and PDFs refused before they are decoded or kept.
  'validation.file_too_many_pixels':
    'This image exceeds 40 megapixels: send a lower-resolution photo or scan.',
  'validation.file_pdf_active':
    'This PDF contains JavaScript, automatic actions or attached files: send a plain scan of the identity document.',
  // The partner portal (issue 19).
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
