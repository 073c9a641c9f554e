import * as v from 'valibot';
import { DOSSIER_STATUSES, ORDER_STATUSES, PAYMENT_METHODS } from '../contract/lists.ts';
import type { OrderResponse, QuoteResponse } from '../contract.ts';
import { cents, dateTime, payeeSchema, uuid } from './common.ts';
import type { Same } from './same-type.ts';

const quoteLineSchema = v.object({
  code: v.string(),
  label: v.string(),
  quantity: v.number(),
  unitHt: cents,
  totalHt: cents,
});
const totalsSchema = v.object({ ht: cents, vat: cents, ttc: cents });

export const quoteResponseSchema = v.object({
  lines: v.array(quoteLineSchema),
  totals: totalsSchema,
  vatBreakdown: v.array(v.object({ rate: v.number(), base: cents, amount: cents })),
  currency: v.literal('EUR'),
});
const _quote: Same<v.InferOutput<typeof quoteResponseSchema>, QuoteResponse> = true;

export const paymentInstructionsSchema = v.variant('method', [
  v.object({
    method: v.literal('transfer'),
    payee: payeeSchema,
    amount: cents,
    label: v.string(),
    transferReference: v.string(),
    orderReference: v.string(),
  }),
  v.object({
    method: v.literal('cheque'),
    payableTo: v.string(),
    mailTo: v.string(),
    amount: cents,
    chequeNumber: v.string(),
    bank: v.string(),
  }),
  v.object({
    method: v.literal('mandate'),
    siret: v.string(),
    serviceCode: v.string(),
    chorusOrderNumber: v.string(),
    paymentTermDays: v.number(),
  }),
]);

export const orderResponseSchema = v.object({
  reference: v.string(),
  createdAt: dateTime,
  status: v.picklist(ORDER_STATUSES),
  lines: v.array(quoteLineSchema),
  totals: totalsSchema,
  currency: v.literal('EUR'),
  payment: v.object({
    method: v.picklist(PAYMENT_METHODS),
    instructions: paymentInstructionsSchema,
  }),
  dossiers: v.array(v.object({ id: uuid, status: v.picklist(DOSSIER_STATUSES) })),
  clientSpaceUrl: v.string(),
  renewalOf: v.nullable(uuid),
});
const _order: Same<v.InferOutput<typeof orderResponseSchema>, OrderResponse> = true;
