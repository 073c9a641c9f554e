/**
 * The pure context changes behind the purchase machine's field events: merging a section's
 * values (`purchase.update`), resolving the organisation of the SIRET. Values are kept as
 * typed (the schemas validate them); a value the flow refuses is not stored and becomes an
 * issue on its field instead.
 */
import '../messages/purchase.ts';
import { normalizeDigits } from '../rules/siret.ts';
import { PAYMENT_METHODS, type PaymentMethod } from '../schemas/purchase.ts';
import {
  BILLING_FIELDS,
  type BillingDraft,
  CUSTOMER_FIELDS,
  type CustomerDraft,
  OPTION_FIELDS,
  type OptionsDraft,
  PAYMENT_TEXT_FIELDS,
  type PaymentDraft,
  type PurchaseContext,
  usbReaderForced,
} from './context.ts';
import type { OrganisationFacts, OrganisationLookupStatus } from './organisation.ts';
import type { FieldIssue } from './step-issues.ts';

export type UpdateSection = 'customer' | 'billing' | 'options' | 'payment';

/** Same SIRET once spaces, dots and dashes are ignored (absent counts as empty). */
export function sameSiret(a: string | undefined | null, b: string | undefined | null): boolean {
  return normalizeDigits((a ?? '').trim()) === normalizeDigits((b ?? '').trim());
}

function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (PAYMENT_METHODS as readonly string[]).includes(value);
}

interface Merge {
  /** Fields whose value was stored (their earlier issues are cleared). */
  touched: string[];
  /** Fields whose value was refused, with why. */
  refused: FieldIssue[];
}

/** Copies the string values of `fields` from `values` into `target`; `undefined` clears one. */
function mergeText<F extends string>(
  target: Partial<Record<F, string | null | undefined>>,
  fields: readonly F[],
  values: Record<string, unknown>,
  section: string,
  merge: Merge,
): void {
  for (const field of fields) {
    if (!Object.hasOwn(values, field)) continue;
    const value = values[field];
    if (value === undefined || value === null) delete target[field];
    else if (typeof value === 'string') target[field] = value;
    else {
      merge.refused.push({ field: `${section}.${field}`, key: 'validation.type' });
      continue;
    }
    merge.touched.push(`${section}.${field}`);
  }
}

function withIssues(context: PurchaseContext, merge: Merge, clearPrefix?: string): FieldIssue[] {
  const replaced = new Set([...merge.touched, ...merge.refused.map((issue) => issue.field)]);
  return [
    ...context.issues.filter(
      (issue) =>
        !replaced.has(issue.field) &&
        (clearPrefix === undefined || !issue.field.startsWith(clearPrefix)),
    ),
    ...merge.refused,
  ];
}

/**
 * `purchase.update`: merges `values` into `section`. Unknown keys are ignored. Changing the
 * customer's SIRET forgets the organisation found for the previous one, and carries the new
 * SIRET into the mandate's SIRET when that was empty or the previous one. Refused: unchecking
 * the USB key reader for a first certificate, the administrative mandate for an organisation
 * that is not a public administration, a value of the wrong type.
 */
export function applyUpdate(
  context: PurchaseContext,
  section: UpdateSection,
  values: Record<string, unknown>,
): Partial<PurchaseContext> {
  const merge: Merge = { touched: [], refused: [] };
  switch (section) {
    case 'customer': {
      const customer: CustomerDraft = { ...context.customer };
      mergeText(customer, CUSTOMER_FIELDS, values, 'customer', merge);
      if (sameSiret(context.customer.siret, customer.siret)) {
        return { customer, issues: withIssues(context, merge) };
      }
      const payment: PaymentDraft = { ...context.payment };
      if (!payment.siret?.trim() || sameSiret(payment.siret, context.customer.siret)) {
        if (customer.siret === undefined) delete payment.siret;
        else payment.siret = customer.siret;
      }
      return {
        customer,
        payment,
        organisation: null,
        organisationStatus: 'idle',
        issues: withIssues(context, merge),
      };
    }
    case 'billing': {
      const billing: BillingDraft = { ...context.billing };
      mergeText(billing, BILLING_FIELDS, values, 'billing', merge);
      return { billing, issues: withIssues(context, merge) };
    }
    case 'options': {
      const options: OptionsDraft = { ...context.options };
      for (const field of OPTION_FIELDS) {
        if (!Object.hasOwn(values, field)) continue;
        const value = values[field];
        const path = `options.${field}`;
        if (typeof value !== 'boolean') {
          merge.refused.push({ field: path, key: 'validation.type' });
        } else if (field === 'usbReader' && !value && usbReaderForced(context)) {
          merge.refused.push({ field: path, key: 'validation.usb_reader_required' });
        } else {
          options[field] = value;
          merge.touched.push(path);
        }
      }
      return { options, issues: withIssues(context, merge) };
    }
    case 'payment': {
      const payment: PaymentDraft = { ...context.payment };
      let methodChanged = false;
      if (Object.hasOwn(values, 'method')) {
        const method = values.method;
        if (method === undefined || method === null) {
          delete payment.method;
          merge.touched.push('payment.method');
          methodChanged = context.payment.method !== undefined;
        } else if (!isPaymentMethod(method)) {
          merge.refused.push({ field: 'payment.method', key: 'validation.payment_method' });
        } else if (method === 'mandate' && context.organisation?.publicAdministration !== true) {
          merge.refused.push({ field: 'payment.method', key: 'validation.mandate_public_only' });
        } else {
          payment.method = method;
          merge.touched.push('payment.method');
          methodChanged = context.payment.method !== method;
        }
      }
      mergeText(payment, PAYMENT_TEXT_FIELDS, values, 'payment', merge);
      return {
        payment,
        issues: withIssues(context, merge, methodChanged ? 'payment.' : undefined),
      };
    }
    default:
      // An unknown section (from an untyped caller) changes nothing.
      return {};
  }
}

/**
 * `purchase.organisationResolved` for the current SIRET: stores the organisation and the
 * lookup status; a first certificate forces the USB key reader on; an organisation that is
 * not a public administration loses a mandate chosen earlier.
 */
export function applyOrganisation(
  context: PurchaseContext,
  organisation: OrganisationFacts | null,
  status: OrganisationLookupStatus,
): Partial<PurchaseContext> {
  const options: OptionsDraft = usbReaderForced({ organisation, renewalOf: context.renewalOf })
    ? { ...context.options, usbReader: true }
    : context.options;
  const payment: PaymentDraft = { ...context.payment };
  if (payment.method === 'mandate' && organisation?.publicAdministration !== true) {
    delete payment.method;
  }
  return {
    organisation,
    organisationStatus: status,
    options,
    payment,
    issues: context.issues.filter(
      (issue) => issue.field !== 'customer.siret' && issue.field !== 'options.usbReader',
    ),
  };
}
