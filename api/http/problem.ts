import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, Problem } from '../../machines/contract.ts';
import { type MessageKey, translate } from '../../machines/messages/index.ts';
import { localeOf } from './locale.ts';

/**
 * An error the API answers with an RFC 9457 problem document. Thrown anywhere
 * in a request; `app.onError` turns it into `application/problem+json` in the
 * request's locale.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    /** Short slug naming the problem type, e.g. `validation`, `not-found`. */
    readonly slug: string,
    readonly titleKey: MessageKey,
    readonly detailKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(slug);
    this.name = 'ProblemError';
  }
}

export const problemTypeBase = 'https://certinomis-order.dev/problems/';

export function problemBody(c: Context, error: ProblemError): Problem {
  const locale = localeOf(c);
  return {
    type: problemTypeBase + error.slug,
    title: translate(locale, error.titleKey, error.params),
    status: error.status,
    detail: translate(locale, error.detailKey, error.params),
    instance: new URL(c.req.url).pathname,
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extensions,
  };
}

export function problemResponse(c: Context, error: ProblemError): Response {
  const body = problemBody(c, error);
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': localeOf(c),
      'Cache-Control': 'no-store',
      ...error.headers,
    },
  });
}

export const notFound = (path: string) =>
  new ProblemError(404, 'not-found', 'problem.not_found.title', 'problem.not_found.detail', {
    path,
  });

export const validationProblem = (errors: FieldError[]) =>
  new ProblemError(
    422,
    'validation',
    'problem.validation.title',
    'problem.validation.detail',
    {},
    errors,
  );
