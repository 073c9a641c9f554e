import type { Locale } from '../../machines/messages/index.ts';
import { ApiError } from '../api-client.ts';
import { dossierText } from '../i18n/dossier.ts';
import { countKey } from '../i18n/plural.ts';
import { fieldName } from './view.ts';

/** What `<certinomis-dossier>` does with a refused request. */
export type Failure =
  /** 409: the dossier changed elsewhere; read it again and say so. */
  | { kind: 'reload'; notice: string }
  /** 422 with field errors: each shown next to its field. */
  | { kind: 'fields'; errors: readonly (readonly [string, string])[] }
  /** 413, 415: the file refused. */
  | { kind: 'file'; message: string }
  /** Said above the form; `emit`: also a `certinomis:error` (network, session, 5xx). */
  | { kind: 'general'; message: string; emit: boolean };

/** The way a refused request is shown: fields (422, 413, 415), a reload (409), or a message. */
export function failureOf(error: unknown, lang: Locale): Failure {
  const apiError = error instanceof ApiError ? error : new ApiError(0, null);
  const problem = apiError.problem;
  switch (apiError.status) {
    case 409:
      // A real conflict: the API says what changed (`changed`), in the request's language.
      return {
        kind: 'reload',
        notice:
          problem?.changed && problem.detail ? problem.detail : dossierText(lang, 'dossier.stale'),
      };
    case 422:
      if (problem?.errors?.length) {
        return { kind: 'fields', errors: problem.errors.map((e) => [e.field, e.message] as const) };
      }
      break;
    case 413:
    case 415:
      return { kind: 'file', message: problem?.detail ?? problem?.title ?? '' };
    case 429:
      return {
        kind: 'general',
        message: dossierText(lang, 'dossier.throttled', { n: apiError.retryAfter ?? 60 }),
        emit: false,
      };
    case 401:
      return { kind: 'general', message: dossierText(lang, 'dossier.sessionExpired'), emit: true };
  }
  if (apiError.status === 0 || apiError.status >= 500) {
    const key = apiError.status === 0 ? 'dossier.unreachable' : 'dossier.failed';
    return { kind: 'general', message: dossierText(lang, key), emit: true };
  }
  return {
    kind: 'general',
    message: problem?.detail ?? problem?.title ?? dossierText(lang, 'dossier.failed'),
    emit: false,
  };
}

/** What a dossier that cannot be read says (401, 404, network, other). */
export function loadFailure(error: ApiError, lang: Locale): string {
  if (error.status === 401) return dossierText(lang, 'dossier.sessionExpired');
  if (error.status === 404) return dossierText(lang, 'dossier.notFound');
  if (error.status === 0) return dossierText(lang, 'dossier.unreachable');
  return dossierText(lang, 'dossier.failed');
}

/** "2 champs à corriger. Raison sociale : …": what the live region says of field errors. */
export function errorsAnnouncement(
  lang: Locale,
  errors: readonly (readonly [string, string])[],
): string | null {
  const [first] = errors;
  if (!first) return null;
  const label = fieldName(lang, first[0]);
  return dossierText(lang, countKey(lang, errors.length, 'dossier.errors'), {
    n: errors.length,
    first: label ? `${label} : ${first[1]}` : first[1],
  });
}

/** `certinomis:error` for a request the API could not serve (network, session, 5xx). */
export function errorEvent(error: ApiError): CustomEvent {
  return new CustomEvent('certinomis:error', {
    detail: { status: error.status, title: error.problem?.title ?? error.message },
    bubbles: true,
    composed: true,
  });
}
