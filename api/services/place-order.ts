import type { InsertObject, Kysely, QueryCreator } from 'kysely';
import { sql } from 'kysely';
import type { OrderResponse, PaymentInstructions } from '../../machines/contract.ts';
import { renewalPrefill, renewalRefusal } from '../../machines/dossier/renewal.ts';
import { type Locale, translate } from '../../machines/messages/index.ts';
import { checkOrder } from '../../machines/purchase/check-order.ts';
import { lookupStatusOf } from '../../machines/purchase/organisation.ts';
import { formatOrderReference } from '../../machines/rules/reference.ts';
import { sirenOf } from '../../machines/rules/siret.ts';
import type { OrderRequest } from '../../machines/schemas/purchase.ts';
import type { Database, PartnerRow, Seller } from '../db/database.ts';
import { Precompiled } from '../db/precompiled.ts';
import { emailBrandOf } from '../emails/brand.ts';
import { orderConfirmationEmail } from '../emails/order-confirmation.ts';
import { validationProblem } from '../http/problem.ts';
import { type InvoiceValues, invoiceCtes, invoiceOf } from '../invoices/invoice.ts';
import { emailOutboxRow } from '../outbox/enqueue.ts';
import type { CompanyRegistry } from '../ports/company-registry.ts';
import { webhookOutboxRow } from '../webhooks/enqueue.ts';
import { currentCgv } from './cgv.ts';
import { dossierInputOf, newDossierData } from './dossier-input.ts';
import {
  type ClaimDrawing,
  completeIdempotencyKeyQuery,
  type IdempotencyScope,
  idempotencyKeyLost,
} from './idempotency.ts';
import { factsOf, issuedToSiren } from './organisation-facts.ts';
import { payeeOf } from './payee.ts';
import { priceQuote } from './quote.ts';
import { activeProducts, sellerRow } from './reference-data.ts';
import { findRenewal, isRenewedTwice } from './renewal.ts';

export interface PlaceOrderDeps {
  db: Kysely<Database>;
  companyRegistry: CompanyRegistry;
  now: () => Date;
  clientSpaceUrl: string;
}

export interface PlaceOrderInput {
  request: OrderRequest;
  locale: Locale;
  userAgent: string | null;
  ip: string | null;
  idempotency: IdempotencyScope;
  /** What the Idempotency-Key's claim drew for this order (`orderDraws`). */
  drawn: OrderDrawn;
  /** The partner whose key placed the order: its prices, its CGV, its mode (test/live). */
  partner: PartnerRow;
}

/**
 * What an order draws in the statement that claims its Idempotency-Key (`claimIdempotencyKey`'s
 * draws), so that they cost no round trip of their own: its reference number, and whether we
 * ever issued a certificate to the SIREN (a first certificate costs more; one index probe).
 * A sequence is not transactional anyway: a failed placement leaves a gap in the references,
 * never a duplicate; a replay draws nothing.
 */
export function orderDraws(
  siret: string,
): ClaimDrawing<{ siren: string }, ReturnType<typeof drawOrder>> {
  return { build: drawOrder, values: { siren: sirenOf(siret) } };
}

const drawOrder = (db: QueryCreator<Database>, { siren }: { siren: string }) => ({
  sequence: sql<number>`nextval('order_reference_seq')::integer`,
  issued: sql<boolean>`exists (${issuedToSiren(db, siren)})`,
});

export type OrderDrawn = { sequence: number; issued: boolean };

/** Legal payment term of public buyers paying by administrative mandate (DOMAIN.md). */
const mandatePaymentTermDays = 30;

/**
 * Places an order. The request runs through the same purchase machine as
 * the element (with the registry's answer about the organisation); anything
 * the machine refuses is a 422 naming each field. Amounts come from the
 * catalogue only. Then one transaction writes the order, its lines, the
 * payment, the CGV acceptance, one dossier per certificate, the audit event,
 * the confirmation e-mail (outbox) and the idempotency record: all or nothing.
 */
export async function placeOrder(
  deps: PlaceOrderDeps,
  input: PlaceOrderInput,
): Promise<OrderResponse> {
  const { db } = deps;
  const { request, locale } = input;
  const fieldError = (field: string, key: Parameters<typeof translate>[1]) =>
    validationProblem([{ field, message: translate(locale, key) }]);

  // Round trips (counted by place-order.round-trips.test.ts, at most 6 with the
  // Idempotency-Key claim, BEGIN and COMMIT): the catalogue, CGV, seller and
  // partner come from the read cache; the reference number and our own
  // certificate history came with the claim (`orderDraws`); then one statement.
  const [company, products, cgv, seller, renewal] = await Promise.all([
    deps.companyRegistry.findBySiret(request.customer.siret),
    activeProducts(db),
    currentCgv(db, input.partner, locale),
    sellerRow(db),
    // A renewal (one more query, for renewals only): the certificate it names.
    request.renewalOf ? findRenewal(db, request.renewalOf) : null,
  ]);
  const { drawn } = input;
  const facts = company
    ? factsOf(company, company.previousCertificates === 0 && !drawn.issued)
    : null;

  // The purchase machine's verdict, without xstate (checkOrder agrees with replayOrder).
  const replay = checkOrder(request, facts, lookupStatusOf(facts), {
    productCodes: products.map((p) => p.code),
  });
  if (!replay.ok) {
    throw validationProblem(
      replay.issues.map((issue) => ({
        field: issue.field,
        message: translate(locale, issue.key, issue.params),
      })),
    );
  }
  if (!facts) throw fieldError('customer.siret', 'validation.siret_unknown');
  if (request.cgvVersion !== cgv.version) throw fieldError('cgvVersion', 'validation.cgv_outdated');
  const livemode = input.partner.mode === 'live';
  if (request.renewalOf) {
    const order = { siren: sirenOf(request.customer.siret), livemode };
    const refusal = renewalRefusal(renewal?.target ?? null, order);
    if (refusal) throw fieldError('renewalOf', refusal);
  }

  const quote = await priceQuote(db, request, locale, input.partner.price_list);
  const sequence = drawn.sequence;
  const reference = formatOrderReference(sequence);
  const now = deps.now();
  const { customer } = request;
  const orderId = crypto.randomUUID();
  const paymentStatus = request.payment.method === 'mandate' ? 'mandate' : 'pending';
  const dossierInput = dossierInputOf({
    reference,
    product_code: quote.product.code,
    validity_years: quote.product.validity_years,
    express: request.options.express,
    payment_method: request.payment.method,
    payment_status: paymentStatus,
    customer: { ...customer },
    organisation_name: customer.companyName,
    siret: customer.siret,
  });
  // A renewal's dossiers start from the expiring one's steps, as drafts to confirm.
  const dossierData = newDossierData(
    renewal
      ? { ...dossierInput, prefill: renewalPrefill(dossierInput.prefill ?? {}, renewal) }
      : dossierInput,
  );
  const dossierIds = Array.from({ length: request.quantity }, () => crypto.randomUUID());
  const response: OrderResponse = {
    reference,
    createdAt: now.toISOString(),
    status: 'placed',
    lines: quote.lines,
    totals: quote.totals,
    currency: 'EUR',
    payment: {
      method: request.payment.method,
      instructions: paymentInstructions(request, seller, quote.totals.ttc, reference),
    },
    // The dossiers' status is the column's default (`to_complete`), checked below.
    dossiers: dossierIds.map((id) => ({ id, status: 'to_complete' })),
    renewalOf: request.renewalOf,
    clientSpaceUrl: `${input.partner.client_space_url ?? deps.clientSpaceUrl}?order=${encodeURIComponent(reference)}&email=${encodeURIComponent(customer.email)}`,
  };
  const responseText = JSON.stringify(response);
  const email = orderConfirmationEmail(response, customer, locale, emailBrandOf(input.partner));
  const webhook = webhookOutboxRow(input.partner, {
    partnerId: input.partner.id,
    type: 'order.placed',
    data: {
      orderId,
      reference,
      totals: quote.totals,
      paymentMethod: request.payment.method,
      certificates: request.quantity,
      renewalOf: request.renewalOf,
    },
    now,
  });
  const { method: _method, ...paymentDetails } = request.payment;
  const billedTo = request.billing ?? customer;

  // One statement, its own transaction (no BEGIN/COMMIT: it commits as soon as it has run):
  // every row of the order, its invoice numbered last from the counter row (`orderRows`).
  const placed = orderRows.execute(db, {
    held: {
      scope: input.idempotency.scope,
      key: input.idempotency.key,
      attempt: input.idempotency.attempt,
    },
    text: responseText,
    order: {
      id: orderId,
      reference,
      status: 'placed',
      product_code: quote.product.code,
      quantity: request.quantity,
      usb_reader: request.options.usbReader,
      express: request.options.express,
      email: customer.email,
      locale,
      customer: JSON.stringify({ ...customer, emailConfirmation: undefined }),
      billing: request.billing ? JSON.stringify(request.billing) : null,
      siret: customer.siret,
      siren: sirenOf(customer.siret),
      organisation_name: customer.companyName,
      public_administration: facts.publicAdministration,
      first_certificate: facts.firstCertificate,
      total_ht: quote.totals.ht,
      total_vat: quote.totals.vat,
      total_ttc: quote.totals.ttc,
      created_at: now,
      partner_id: input.partner.id,
      livemode,
      renewal_of: request.renewalOf,
    },
    lines: quote.pricedLines.map((line, index) => ({
      order_id: orderId,
      position: index + 1,
      code: line.code,
      label: line.label,
      quantity: line.quantity,
      unit_ht: line.unitHt,
      total_ht: line.totalHt,
      vat_rate_bp: line.vatRateBp,
    })),
    payment: {
      order_id: orderId,
      method: request.payment.method,
      status: paymentStatus,
      amount_cents: quote.totals.ttc,
      details: JSON.stringify(paymentDetails),
      received_at: null,
    },
    cgv: {
      order_id: orderId,
      cgv_version: request.cgvVersion,
      locale: cgv.locale,
      accepted_at: now,
      user_agent: input.userAgent?.slice(0, 500) ?? null,
      ip: input.ip,
    },
    dossiers: dossierIds.map((id, index) => ({
      id,
      order_id: orderId,
      position: index + 1,
      siren: sirenOf(customer.siret),
      data: dossierData,
      created_at: now,
      updated_at: now,
    })),
    audit: {
      occurred_at: now,
      actor_type: 'customer',
      actor_id: customer.email,
      entity_type: 'order',
      entity_id: orderId,
      event: 'order.placed',
      from_state: null,
      to_state: 'placed',
      data: JSON.stringify({
        reference,
        quantity: request.quantity,
        totalTtc: quote.totals.ttc,
        paymentMethod: request.payment.method,
        idempotencyKey: input.idempotency.key,
      }),
    },
    outbox: webhook
      ? [emailOutboxRow({ to: customer.email, ...email }), webhook]
      : [emailOutboxRow({ to: customer.email, ...email })],
    invoice: invoiceOf({
      orderId,
      orderReference: reference,
      issuedAt: now,
      livemode,
      seller,
      buyer: {
        name: billedTo.companyName,
        address: billedTo.address,
        postalCode: billedTo.postalCode,
        city: billedTo.city,
        country: billedTo.country ?? 'FR',
        siret: customer.siret,
      },
      lines: quote.pricedLines,
      vatBreakdown: quote.vatBreakdown,
      totals: quote.totals,
      payment: request.payment,
    }),
  });
  return placed.then(
    ({ rows }) => {
      // The statement refuses (and so writes nothing) rather than answer otherwise.
      if (rows.length !== request.quantity) throw new Error('placeOrder: dossiers not written');
      return response;
    },
    (error: unknown) => {
      // This attempt's Idempotency-Key was taken over: nothing was written.
      if (isRefusal(error, keyLost)) throw idempotencyKeyLost();
      // Two renewals of one certificate at once: the unique index refuses the second.
      if (isRenewedTwice(error)) throw fieldError('renewalOf', 'validation.renewal_renewed');
      throw error;
    },
  );
}

/** The rows `placeOrder` writes in its first statement (`orderRows`). */
interface OrderRowsValues {
  held: IdempotencyScope;
  text: string;
  order: InsertObject<Database, 'orders'>;
  lines: InsertObject<Database, 'order_lines'>[];
  payment: InsertObject<Database, 'payments'>;
  cgv: InsertObject<Database, 'cgv_acceptances'>;
  dossiers: InsertObject<Database, 'dossiers'>[];
  audit: InsertObject<Database, 'audit_events'>;
  outbox: InsertObject<Database, 'outbox'>[];
  invoice: InvoiceValues;
}

/** `certinomis_refuse`'s reason when the attempt no longer holds its Idempotency-Key. */
const keyLost = 'idempotency_key_lost';
/** The reason when a new dossier's status is not the column's default, `to_complete`. */
const notToComplete = 'dossier_not_to_complete';

/** An error raised by `certinomis_refuse(reason)` (migration 2026-12-03-020). */
function isRefusal(error: unknown, reason: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as Record<string, unknown>;
  return code === 'P0001' && message === reason;
}

/**
 * Every row of an order in one statement (data-modifying CTEs; ids drawn by the caller so
 * that no row waits for another's RETURNING), its invoice last (`invoiceCtes`), sent without a
 * transaction block: a statement is atomic, and it commits in the same round trip, so the
 * invoice counter is held for that statement only. The data-modifying CTEs run whatever the
 * final select reads; so when this attempt no longer holds its Idempotency-Key (or a dossier
 * is not `to_complete`) the final select raises (`certinomis_refuse`) and nothing commits.
 * Compiled once per shape (count of lines, dossiers, messages): `api/db/precompiled.ts`.
 */
const orderRows = new Precompiled((db, v: OrderRowsValues) => {
  const invoice = invoiceCtes(v.invoice);
  return db
    .with('k', (q) => completeIdempotencyKeyQuery(q, v.held, 201, v.text).returning('key'))
    .with('o', (q) => q.insertInto('orders').values(v.order).returning('id'))
    .with('l', (q) => q.insertInto('order_lines').values(v.lines).returning('order_id'))
    .with('p', (q) => q.insertInto('payments').values(v.payment).returning('order_id'))
    .with('c', (q) => q.insertInto('cgv_acceptances').values(v.cgv).returning('order_id'))
    .with('d', (q) => q.insertInto('dossiers').values(v.dossiers).returning(['id', 'status']))
    .with('a', (q) => q.insertInto('audit_events').values(v.audit).returning('id'))
    .with('m', (q) => q.insertInto('outbox').values(v.outbox).returning('id'))
    .with('counter', () => invoice.counter)
    .with('i', () => invoice.invoice)
    .selectFrom('d')
    .select(['d.id', 'd.status'])
    .where(
      sql<boolean>`case
        when not exists (select 1 from k) then certinomis_refuse(${sql.lit(keyLost)})
        when exists (select 1 from d where status <> 'to_complete') then certinomis_refuse(${sql.lit(notToComplete)})
        when not exists (select 1 from i) then certinomis_refuse('invoice_not_written')
        else true end`,
    );
});

/** What the buyer is told to pay, and how. */
function paymentInstructions(
  request: OrderRequest,
  seller: Seller,
  amount: number,
  reference: string,
): PaymentInstructions {
  const { payment } = request;
  if (payment.method === 'transfer') {
    return {
      method: 'transfer',
      payee: payeeOf(seller),
      amount,
      label: `${payment.transferReference} ${reference}`,
      transferReference: payment.transferReference,
      orderReference: reference,
    };
  }
  if (payment.method === 'cheque') {
    return {
      method: 'cheque',
      payableTo: seller.legal_name,
      mailTo: `${seller.legal_name}, ${seller.address}, ${seller.postal_code} ${seller.city}`,
      amount,
      chequeNumber: payment.chequeNumber,
      bank: payment.bank,
    };
  }
  return {
    method: 'mandate',
    siret: payment.siret,
    serviceCode: payment.serviceCode,
    chorusOrderNumber: payment.chorusOrderNumber,
    paymentTermDays: mandatePaymentTermDays,
  };
}
