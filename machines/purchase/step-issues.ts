/**
 * What prevents leaving each step of the purchase flow: the step's schema issues (as message
 * keys, with the field path of the order request) plus the rules that span steps (the SIRET
 * must belong to an active organisation, the USB key reader is mandatory for a first
 * certificate, the administrative mandate is for public administrations, the CGV must be
 * accepted). The element uses it to show errors, the machine's guards to allow `Suivant`, and
 * through the machine the API to accept or refuse an order.
 */
import '../messages/purchase.ts';
import * as v from 'valibot';
import { isMessageKey, type MessageKey } from '../messages/messages.ts';
import { issueField, issueParams, messageKeyOf } from '../schemas/field-errors.ts';
import {
  billingSchema,
  cgvVersionSchema,
  customerSchema,
  paymentSchema,
  productCodeSchema,
  purchaseOptionsSchema,
  quantitySchema,
  siretSchema,
} from '../schemas/purchase.ts';
import { type PurchaseContext, paymentRequestOf, usbReaderForced } from './context.ts';

export type StepId = 'products' | 'quantity' | 'identification' | 'options' | 'payment' | 'review';

/** The steps in screen order. */
export const STEPS: readonly StepId[] = [
  'products',
  'quantity',
  'identification',
  'options',
  'payment',
  'review',
];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** One problem with one field, as a message key (each side translates it). */
export interface FieldIssue {
  /** Dotted path in the order request: `customer.email`, `payment.chequeNumber`, `quantity`. */
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * Valibot issues as field issues, one per field (the first one wins: the most basic, e.g.
 * "required" before "format"), paths prefixed with `prefix` (`customer` → `customer.email`).
 */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldIssue[] {
  const seen = new Set<string>();
  const result: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issueField(issue);
    const field = prefix && path ? `${prefix}.${path}` : prefix || path;
    if (seen.has(field)) continue;
    seen.add(field);
    const key = messageKeyOf(issue);
    const params = issueParams(issue);
    result.push({
      field,
      key: isMessageKey(key) ? key : 'validation.type',
      ...(Object.keys(params).length > 0 ? { params } : {}),
    });
  }
  return result;
}

function schemaIssues(schema: v.GenericSchema, input: unknown, prefix: string): FieldIssue[] {
  const result = v.safeParse(schema, input);
  return result.success ? [] : toFieldIssues(result.issues, prefix);
}

/** Issues of a product choice: a product code, listed in the catalogue when it is known. */
export function productIssues(
  product: string | null,
  productCodes: readonly string[] | null,
): FieldIssue[] {
  const issues = schemaIssues(productCodeSchema, product, 'product');
  if (issues.length > 0 || productCodes === null || product === null) return issues;
  return productCodes.includes(product.trim())
    ? []
    : [{ field: 'product', key: 'validation.product_unknown' }];
}

export function quantityIssues(quantity: unknown): FieldIssue[] {
  return schemaIssues(quantitySchema, quantity, 'quantity');
}

/** Why the customer's (valid) SIRET cannot be used yet, from the organisation lookup. */
function organisationKey(context: PurchaseContext, siret: string): MessageKey | null {
  const { organisation, organisationStatus } = context;
  switch (organisationStatus) {
    case 'found':
      if (organisation === null || organisation.siret !== siret)
        return 'validation.siret_unverified';
      return organisation.active ? null : 'validation.siret_closed';
    case 'pending':
      return 'validation.siret_pending';
    case 'unknown':
      return 'validation.siret_unknown';
    case 'closed':
      return 'validation.siret_closed';
    case 'error':
      return 'validation.siret_lookup_failed';
    case 'idle':
      return 'validation.siret_unverified';
  }
}

function identificationIssues(context: PurchaseContext): FieldIssue[] {
  const issues = schemaIssues(customerSchema, context.customer, 'customer');
  if (!issues.some((issue) => issue.field === 'customer.siret')) {
    const siret = v.safeParse(siretSchema, context.customer.siret);
    const key = siret.success ? organisationKey(context, siret.output) : null;
    if (key !== null) issues.push({ field: 'customer.siret', key });
  }
  if (context.billingDifferent)
    issues.push(...schemaIssues(billingSchema, context.billing, 'billing'));
  return issues;
}

function optionsIssues(context: PurchaseContext): FieldIssue[] {
  const issues = schemaIssues(purchaseOptionsSchema, context.options, 'options');
  if (
    usbReaderForced(context) &&
    context.options.usbReader !== true &&
    !issues.some((issue) => issue.field === 'options.usbReader')
  ) {
    issues.push({ field: 'options.usbReader', key: 'validation.usb_reader_required' });
  }
  return issues;
}

function paymentIssues(context: PurchaseContext): FieldIssue[] {
  const issues = schemaIssues(paymentSchema, paymentRequestOf(context.payment), 'payment');
  if (context.payment.method === 'mandate' && context.organisation?.publicAdministration !== true) {
    issues.unshift({ field: 'payment.method', key: 'validation.mandate_public_only' });
  }
  return issues;
}

function reviewIssues(context: PurchaseContext): FieldIssue[] {
  return context.cgvAccepted === true && v.is(cgvVersionSchema, context.cgvVersion)
    ? []
    : [{ field: 'cgvAccepted', key: 'validation.cgv_required' }];
}

/** Everything that prevents leaving `step` (empty: `Suivant` is allowed). */
export function stepIssues(step: StepId, context: PurchaseContext): FieldIssue[] {
  switch (step) {
    case 'products':
      return productIssues(context.product, context.productCodes);
    case 'quantity':
      return quantityIssues(context.quantity);
    case 'identification':
      return identificationIssues(context);
    case 'options':
      return optionsIssues(context);
    case 'payment':
      return paymentIssues(context);
    case 'review':
      return reviewIssues(context);
  }
}

/** The issues of every step, products to review, in screen order (empty: the order can be placed). */
export function allIssues(context: PurchaseContext): FieldIssue[] {
  return STEPS.flatMap((step) => stepIssues(step, context));
}

/** The first step that has issues, or null. */
export function firstStepWithIssues(context: PurchaseContext): StepId | null {
  return STEPS.find((step) => stepIssues(step, context).length > 0) ?? null;
}
