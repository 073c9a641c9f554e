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
  'problem.unavailable.title': 'Service temporarily unavailable',
  'problem.unavailable.detail': 'A service we depend on is not answering. Try again in a moment.',

  'validation.required': 'This field is required.',
  'validation.type': 'This field has the wrong type.',
  'validation.unknown_field': 'This field is not expected.',
};
