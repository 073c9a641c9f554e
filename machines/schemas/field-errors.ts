import type * as v from 'valibot';
import type { FieldError } from '../contract.ts';
import type { Locale } from '../messages/locales.ts';
import { isMessageKey, translate } from '../messages/messages.ts';

/** The dotted field path of a valibot issue (`customer.email`, `lines.0.code`), or '' for the root. */
export function issueField(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.');
}

/**
 * Valibot issues as localised field errors, one per field (the first issue
 * found for a field wins: it is the most basic one, e.g. "required" before
 * "format"). Schemas carry message keys; this is where they become text.
 */
export function toFieldErrors(
  issues: readonly v.BaseIssue<unknown>[],
  locale: Locale,
): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issueField(issue);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: translate(locale, messageKeyOf(issue), issueParams(issue)) });
  }
  return errors;
}

/**
 * Placeholders of an issue's message: `{max}` for a maximum (length or value), `{min}` for a
 * minimum, taken from the action's requirement.
 */
export function issueParams(issue: v.BaseIssue<unknown>): Record<string, number> {
  const requirement = issue.requirement;
  if (typeof requirement !== 'number') return {};
  if (issue.type.startsWith('max_')) return { max: requirement };
  if (issue.type.startsWith('min_')) return { min: requirement };
  return {};
}

/** The issue's own key, or a generic one for valibot's built-in English messages. */
export function messageKeyOf(issue: v.BaseIssue<unknown>): string {
  if (isMessageKey(issue.message)) return issue.message;
  if (issue.kind === 'schema') {
    return issue.input === undefined || issue.input === null || issue.input === ''
      ? 'validation.required'
      : 'validation.type';
  }
  return issue.message;
}
