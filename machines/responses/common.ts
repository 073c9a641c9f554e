import * as v from 'valibot';
import type { FieldError, Page, Payee, Problem } from '../contract.ts';
import { locales } from '../messages/index.ts';
import type { Same } from './same-type.ts';

/** An ISO 8601 date-time as the API writes it (`2026-03-02T09:30:00.000Z`). */
export const dateTime = v.pipe(v.string(), v.description('ISO 8601 date-time'));
/** An amount in integer cents (EUR). */
export const cents = v.pipe(v.number(), v.integer(), v.description('integer cents (EUR)'));
export const localeSchema = v.picklist(locales);
export const uuid = v.pipe(v.string(), v.uuid());
export const anyRecord = v.record(v.string(), v.unknown());
export const stringRecord = v.record(v.string(), v.string());

export const payeeSchema = v.object({
  holder: v.string(),
  address: v.string(),
  postalCode: v.string(),
  city: v.string(),
  iban: v.string(),
  bic: v.string(),
  bankName: v.string(),
  bankBranch: v.string(),
  rib: v.nullable(
    v.object({ bank: v.string(), branch: v.string(), account: v.string(), key: v.string() }),
  ),
});
const _payee: Same<v.InferOutput<typeof payeeSchema>, Payee> = true;

export const fieldErrorSchema = v.object({ field: v.string(), message: v.string() });
const _fieldError: Same<v.InferOutput<typeof fieldErrorSchema>, FieldError> = true;

/** RFC 9457 problem details: every error of the API (`application/problem+json`). */
export const problemSchema = v.looseObject({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.string(),
  instance: v.optional(v.string()),
  errors: v.optional(v.array(fieldErrorSchema)),
});
const _problem: Same<v.InferOutput<typeof problemSchema>, Problem> = true;

/** A 422: the problem with one error per field. */
export const validationProblemSchema = v.looseObject({
  ...problemSchema.entries,
  errors: v.pipe(v.array(fieldErrorSchema), v.minLength(1)),
});

/** A cursor page (`nextCursor` null on the last page). */
export function pageSchema<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) });
}
const _page: Same<
  v.InferOutput<ReturnType<typeof pageSchema<typeof fieldErrorSchema>>>,
  Page<FieldError>
> = true;
