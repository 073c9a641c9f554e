import type { ProblemKey } from './problems-fr.ts';

/** English problem titles and details of the API (every French key, checked by the type). */
export const problemsEn: Record<ProblemKey, string> = {
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
  'problem.precondition_required.title': 'If-Match header required',
  'problem.precondition_required.detail':
    'Send the version of the dossier you are changing in the If-Match header (e.g. If-Match: "3").',
  'problem.stale_version.title': 'The dossier changed in the meantime',
  'problem.stale_version.detail':
    'The dossier was changed since you read it (current version {version}). Reload it, then try again.',
  'problem.file_too_large.title': 'File too large',
  'problem.file_type.title': 'File type refused',
  'problem.operator_only.title': 'Operators only',
  'problem.operator_only.detail': 'This resource is reserved for the CERTINOMIS back office.',
  'problem.not_cancellable.title': 'Cannot cancel',
  'problem.not_cancellable.detail':
    'A certificate of the order cannot be cancelled as it stands (see errors).',
  'problem.webhook_signature.title': 'Webhook signature refused',
  'problem.webhook_signature.detail':
    'This webhook does not carry a valid CERTINOMIS signature: it was ignored.',
  'problem.bad_url.title': 'Malformed request address',
  'problem.bad_url.detail':
    'The address contains an invalid “%” encoding (each “%” must be followed by two hexadecimal digits forming UTF-8).',
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
  'problem.auth_login_denied.title': 'Login refused',
  'problem.auth_login_denied.detail':
    'This login was cancelled with the e-mail’s “It was not me” link. If it was you, log in again; otherwise, change your password.',
  'problem.database_unavailable.title': 'Service temporarily unavailable',
  'problem.database_unavailable.detail':
    'The database is not answering. Try again in a few seconds; resend an order with the same Idempotency-Key.',
  'problem.database_busy.title': 'Service busy',
  'problem.database_busy.detail':
    'Your request collided with another one made at the same moment. Try again in a moment.',
  'problem.order_timeout.title': 'Order not confirmed in time',
  'problem.order_timeout.detail':
    'The order could not be confirmed within the time limit. Send it again with the same Idempotency-Key: you will get the order if it went through, otherwise it will be placed once.',
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
  'problem.webhook_endpoint_missing.title': 'No webhook endpoint',
  'problem.webhook_endpoint_missing.detail':
    'Set the webhook endpoint first (PATCH /v1/partner, webhookUrl).',
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
};
