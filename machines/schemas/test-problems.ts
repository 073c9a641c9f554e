import * as v from 'valibot';
import { toFieldIssues } from '../purchase/step-issues.ts';
import { customerDraft } from '../purchase/test-fixtures.ts';

/** `{field: key}` of the first issue per field, or `{}` when valid. */
export function problems(schema: v.GenericSchema, input: unknown): Record<string, string> {
  const result = v.safeParse(schema, input);
  if (result.success) return {};
  return Object.fromEntries(toFieldIssues(result.issues).map((issue) => [issue.field, issue.key]));
}

export const SIRET = '81234567600017';
export const customer = customerDraft(SIRET);
