import type { MessageKey } from './fr.ts';

/** English messages: every French key must exist here (checked by the type). */
export const en: Record<MessageKey, string> = {
  'problem.validation.title': 'Some information is invalid',
  'problem.validation.detail': 'Correct the fields listed and try again.',
  'problem.bad_json.title': 'Unreadable request',
  'problem.bad_json.detail': 'The request body must be a valid JSON document.',
  'problem.unsupported_media_type.title': 'Unsupported format',
  'problem.unsupported_media_type.detail': 'Send the request body as application/json.',
  'problem.not_found.title': 'Not found',
  'problem.not_found.detail': 'Nothing matches {path}.',
  'problem.method_not_allowed.title': 'Method not allowed',
  'problem.method_not_allowed.detail': 'The {method} method is not accepted here.',
  'problem.payload_too_large.title': 'Request too large',
  'problem.payload_too_large.detail': 'The request body is larger than allowed.',
  'problem.internal.title': 'Internal error',
  'problem.internal.detail':
    'Something unexpected happened. Try again; if it persists, contact support quoting {requestId}.',
  'problem.partner_key_required.title': 'Partner key required',
  'problem.partner_key_required.detail':
    'Every request must carry the X-Partner-Key header with the partner’s publishable key (pk_test_… or pk_live_…).',
  'problem.partner_key_invalid.title': 'Unknown partner key',
  'problem.partner_key_invalid.detail': 'The X-Partner-Key sent matches no active partner.',
  'problem.origin_forbidden.title': 'Origin not allowed',
  'problem.origin_forbidden.detail':
    'This partner does not allow requests from {origin}. Add that origin to its list.',
  'problem.secret_key_required.title': 'Secret key required',
  'problem.secret_key_required.detail':
    'This server-to-server call needs the Authorization: Bearer sk_… header of an active partner.',
  'problem.unavailable.title': 'Service temporarily unavailable',
  'problem.unavailable.detail': 'A service we depend on is not answering. Try again in a moment.',
  'problem.organisation_not_found.title': 'Unknown establishment',
  'problem.organisation_not_found.detail':
    'SIRET {siret} is valid but matches no establishment in the registry.',
  'problem.idempotency_required.title': 'Idempotency-Key header required',
  'problem.idempotency_required.detail':
    'Every order must carry a unique Idempotency-Key header (8 to 255 characters, e.g. a UUID), reused unchanged when retrying.',
  'problem.idempotency_mismatch.title': 'Idempotency key already used',
  'problem.idempotency_mismatch.detail':
    'This Idempotency-Key was already used for another request. Use a new key for a new order.',
  'problem.idempotency_in_flight.title': 'Order being processed',
  'problem.idempotency_in_flight.detail':
    'A request with the same Idempotency-Key is being processed. Try again in a moment.',
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
    'The USB key reader is mandatory for a first CERTINOMIS certificate.',
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
  'problem.auth_invalid_credentials.title': 'Wrong credentials',
  'problem.auth_invalid_credentials.detail': 'The e-mail or the password is wrong.',
  'problem.auth_email_unverified.title': 'E-mail address not confirmed',
  'problem.auth_email_unverified.detail':
    'Confirm your address first: we have just sent the confirmation link again.',
  'problem.auth_token_invalid.title': 'Invalid or expired link',
  'problem.auth_token_invalid.detail':
    'This link is no longer valid (already used or expired). Ask for a new one.',
  'problem.auth_attempt_unknown.title': 'Login not found',
  'problem.auth_attempt_unknown.detail':
    'This login attempt does not exist or has expired. Log in again.',
  'problem.auth_required.title': 'Login required',
  'problem.auth_required.detail': 'Log in to your client space to reach this resource.',
  'problem.too_many_requests.title': 'Too many attempts',
  'problem.too_many_requests.detail':
    'Too many attempts in a short time. Try again in {seconds} seconds.',
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
  'problem.precondition_required.title': 'If-Match header required',
  'problem.precondition_required.detail':
    'Send the version of the dossier you are changing in the If-Match header (e.g. If-Match: "3").',
  'problem.stale_version.title': 'The dossier changed in the meantime',
  'problem.stale_version.detail':
    'The dossier was changed since you read it (current version {version}). Reload it, then try again.',
  'problem.conflict.detail':
    'The dossier was changed in the meantime: {change}. Check it, then try again.',
  'change.dossier.save': 'a step was saved elsewhere',
  'change.dossier.goTo': 'another step was opened elsewhere',
  'change.identity.documentUploaded': 'an identity document was uploaded',
  'change.signature.codeSent': 'a signature code was sent',
  'change.signature.signedOnline': 'the dossier was signed',
  'change.signature.choosePaper': 'the handwritten signature was chosen',
  'change.paper.received': 'the paper dossier was received',
  'change.identity.verified': 'the identity was verified',
  'change.identity.refused': 'the identity document was refused',
  'change.payment.received': 'the payment was recorded',
  'change.certificate.issued': 'the certificate was issued',
  'change.certificate.shipped': 'the certificate was shipped',
  'change.certificate.atPostOffice': 'the certificate is available at the post office',
  'change.order.cancelled': 'the order was cancelled',
  'change.dossier.refused': 'the dossier was refused',
  'change.revocation.requested': 'a revocation was requested',
  'change.revocation.confirmed': 'the certificate was revoked',
  'change.revocation.refused': 'the revocation was refused',
  'problem.file_too_large.title': 'File too large',
  'problem.file_too_large.detail': 'The identity document must not exceed 10 MB.',
  'problem.file_type.title': 'File type refused',
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
  'problem.operator_only.title': 'Operators only',
  'problem.operator_only.detail': 'This resource is reserved for the CERTINOMIS back office.',
  'problem.not_cancellable.title': 'Cannot cancel',
  'problem.not_cancellable.detail':
    'A certificate of the order cannot be cancelled as it stands (see errors).',

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
  'problem.webhook_signature.title': 'Webhook signature refused',
  'problem.webhook_signature.detail':
    'This webhook does not carry a valid CERTINOMIS signature: it was ignored.',
  'problem.bad_url.title': 'Malformed request address',
  'problem.bad_url.detail':
    'The address contains an invalid “%” encoding (each “%” must be followed by two hexadecimal digits forming UTF-8).',
  // Running in production (health probes, metrics guard) and the back office's own origin.
  'problem.not_ready.title': 'Service not ready yet',
  'problem.not_ready.database': 'The database does not answer. Try again in a few seconds.',
  'problem.not_ready.migrations':
    'The database schema is not up to date: migrations remain to be applied.',
  'problem.not_ready.shutting_down': 'The service is shutting down; another instance takes over.',
  'problem.metrics_forbidden.title': 'Metrics not accessible',
  'problem.metrics_forbidden.detail':
    'Metrics are read with the METRICS_TOKEN token, or without one from the machine itself only.',
  'problem.operator_partner_origin.title': 'CERTINOMIS back office only',
  'problem.operator_partner_origin.detail':
    'An operator session is used from the CERTINOMIS back office only, never from a partner’s page nor with a partner’s key.',
  // Accounts an attacker cannot turn against the buyer (issue 14): a denied login.
  'problem.auth_login_denied.title': 'Login refused',
  'problem.auth_login_denied.detail':
    'This login was cancelled with the e-mail’s “It was not me” link. If it was you, log in again; otherwise, change your password.',
  // Limits before reading (issue 13): images and PDFs refused before they are decoded or kept.
  'validation.file_too_many_pixels':
    'This image exceeds 40 megapixels: send a lower-resolution photo or scan.',
  'validation.file_pdf_active':
    'This PDF contains JavaScript, automatic actions or attached files: send a plain scan of the identity document.',
  // Database faults and order time limit (issue 13, helper A)
  'problem.database_unavailable.title': 'Service temporarily unavailable',
  'problem.database_unavailable.detail':
    'The database is not answering. Try again in a few seconds; resend an order with the same Idempotency-Key.',
  'problem.database_busy.title': 'Service busy',
  'problem.database_busy.detail':
    'Your request collided with another one made at the same moment. Try again in a moment.',
  'problem.order_timeout.title': 'Order not confirmed in time',
  'problem.order_timeout.detail':
    'The order could not be confirmed within the time limit. Send it again with the same Idempotency-Key: you will get the order if it went through, otherwise it will be placed once.',
  // The partner portal (issue 19).
  'problem.partner_auth_required.title': 'Partner authentication required',
  'problem.partner_auth_required.detail':
    'This call needs an Authorization: Bearer header with an active partner’s sk_… secret key or a partner portal session.',
  'problem.partner_role_forbidden.title': 'Not allowed for your role',
  'problem.partner_role_forbidden.detail':
    'The “{role}” role does not allow this action of the partner portal.',
  'problem.partner_user_exists.title': 'User already exists',
  'problem.partner_user_exists.detail': 'A portal user already has this e-mail address.',
  'problem.partner_login_failed.title': 'Login refused',
  'problem.partner_login_failed.detail': 'Wrong e-mail address or password.',
  'validation.origin_format':
    'Enter an exact origin: scheme, host and optional port, no path (https://example.com).',
  'validation.origin_live_https':
    'A live partner only allows https: origins (localhost in test mode only).',
  'validation.webhook_url':
    'Enter an https: address on a public host name (http: and local hosts in test mode only).',
  'validation.url': 'Enter a complete http(s) address.',
  'validation.month': 'Invalid month (YYYY-MM).',
  'validation.webhook_event_type': 'Unknown event type.',
  'problem.webhook_endpoint_missing.title': 'No webhook endpoint',
  'problem.webhook_endpoint_missing.detail':
    'Set the webhook endpoint first (PATCH /v1/partner, webhookUrl).',
};
