import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { OrderResponse, PaymentInstructions } from '../../machines/contract.ts';
import { type Locale, translate } from '../../machines/messages/index.ts';
import { lookupStatusOf } from '../../machines/purchase/organisation.ts';
import { replayOrder } from '../../machines/purchase.machine.ts';
import { formatOrderReference } from '../../machines/rules/reference.ts';
import { sirenOf } from '../../machines/rules/siret.ts';
import { resolveBranding } from '../../machines/schemas/partner.ts';
import type { OrderRequest } from '../../machines/schemas/purchase.ts';
import type { Database, PartnerRow } from '../db/database.ts';
import { orderConfirmationEmail } from '../emails/order-confirmation.ts';
import { validationProblem } from '../http/problem.ts';
import { issueInvoice } from '../invoices/invoice.ts';
import { enqueueEmail } from '../outbox/enqueue.ts';
import type { CompanyRegistry } from '../ports/company-registry.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue.ts';
import { currentCgv } from './cgv.ts';
import { dossierInputOf, newDossierData } from './dossiers.ts';
import { completeIdempotencyKey, type IdempotencyScope } from './idempotency.ts';
import { organisationFacts } from './organisation-facts.ts';
import { payeeOf } from './payee.ts';
import { priceQuote } from './quote.ts';

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
  /** The partner whose key placed the order: its prices, its CGV, its mode (test/live). */
  partner: PartnerRow;
}

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

  const [facts, productCodes, cgv, seller] = await Promise.all([
    organisationFacts(deps, request.customer.siret),
    db.selectFrom('products').select('code').where('active', '=', true).execute(),
    currentCgv(db, input.partner),
    db.selectFrom('seller').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
  ]);

  const replay = replayOrder(request, facts, lookupStatusOf(facts), {
    productCodes: productCodes.map((p) => p.code),
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

  // The reference number is drawn before the transaction (a sequence is not
  // transactional anyway): a failed placement leaves a gap, never a duplicate.
  const [quote, sequence] = await Promise.all([
    priceQuote(db, request, locale, input.partner.price_list),
    sql<{ sequence: number }>`select nextval('order_reference_seq')::integer as sequence`
      .execute(db)
      .then((r) => (r.rows[0] as { sequence: number }).sequence),
  ]);
  const reference = formatOrderReference(sequence);
  const now = deps.now();

  return db.transaction().execute(async (trx) => {
    const { customer } = request;

    const order = await trx
      .insertInto('orders')
      .values({
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
        livemode: input.partner.mode === 'live',
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();

    await trx
      .insertInto('order_lines')
      .values(
        quote.pricedLines.map((line, index) => ({
          order_id: order.id,
          position: index + 1,
          code: line.code,
          label: line.label,
          quantity: line.quantity,
          unit_ht: line.unitHt,
          total_ht: line.totalHt,
          vat_rate_bp: line.vatRateBp,
        })),
      )
      .execute();

    const { method: _method, ...paymentDetails } = request.payment;
    await trx
      .insertInto('payments')
      .values({
        order_id: order.id,
        method: request.payment.method,
        status: request.payment.method === 'mandate' ? 'mandate' : 'pending',
        amount_cents: quote.totals.ttc,
        details: JSON.stringify(paymentDetails),
        received_at: null,
      })
      .execute();

    await trx
      .insertInto('cgv_acceptances')
      .values({
        order_id: order.id,
        cgv_version: request.cgvVersion,
        accepted_at: now,
        user_agent: input.userAgent?.slice(0, 500) ?? null,
        ip: input.ip,
      })
      .execute();

    const dossierData = newDossierData(
      dossierInputOf({
        reference,
        product_code: quote.product.code,
        validity_years: quote.product.validity_years,
        express: request.options.express,
        payment_method: request.payment.method,
        payment_status: request.payment.method === 'mandate' ? 'mandate' : 'pending',
        customer: { ...customer },
        organisation_name: customer.companyName,
        siret: customer.siret,
      }),
    );
    const dossiers = await trx
      .insertInto('dossiers')
      .values(
        Array.from({ length: request.quantity }, (_, index) => ({
          order_id: order.id,
          position: index + 1,
          data: dossierData,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'status', 'position'])
      .execute();
    dossiers.sort((a, b) => a.position - b.position);

    const payee = payeeOf(seller);
    const instructions: PaymentInstructions =
      request.payment.method === 'transfer'
        ? {
            method: 'transfer',
            payee,
            amount: quote.totals.ttc,
            label: `${request.payment.transferReference} ${reference}`,
            transferReference: request.payment.transferReference,
            orderReference: reference,
          }
        : request.payment.method === 'cheque'
          ? {
              method: 'cheque',
              payableTo: seller.legal_name,
              mailTo: `${seller.legal_name}, ${seller.address}, ${seller.postal_code} ${seller.city}`,
              amount: quote.totals.ttc,
              chequeNumber: request.payment.chequeNumber,
              bank: request.payment.bank,
            }
          : {
              method: 'mandate',
              siret: request.payment.siret,
              serviceCode: request.payment.serviceCode,
              chorusOrderNumber: request.payment.chorusOrderNumber,
              paymentTermDays: mandatePaymentTermDays,
            };

    const response: OrderResponse = {
      reference,
      createdAt: new Date(order.created_at).toISOString(),
      status: 'placed',
      lines: quote.lines,
      totals: quote.totals,
      currency: 'EUR',
      payment: { method: request.payment.method, instructions },
      dossiers: dossiers.map((d) => ({ id: d.id, status: d.status })),
      clientSpaceUrl: `${input.partner.client_space_url ?? deps.clientSpaceUrl}?order=${encodeURIComponent(reference)}&email=${encodeURIComponent(customer.email)}`,
    };

    await trx
      .insertInto('audit_events')
      .values({
        occurred_at: now,
        actor_type: 'customer',
        actor_id: customer.email,
        entity_type: 'order',
        entity_id: order.id,
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
      })
      .execute();

    const billedTo = request.billing ?? customer;
    await issueInvoice(trx, {
      orderId: order.id,
      orderReference: reference,
      issuedAt: now,
      livemode: input.partner.mode === 'live',
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
    });

    const email = orderConfirmationEmail(
      response,
      customer,
      locale,
      resolveBranding(input.partner.branding).displayName,
    );
    await enqueueEmail(trx, { to: customer.email, ...email });
    await enqueueWebhookEvent(trx, {
      partnerId: input.partner.id,
      type: 'order.placed',
      data: {
        orderId: order.id,
        reference,
        totals: quote.totals,
        paymentMethod: request.payment.method,
        certificates: request.quantity,
      },
      now,
    });
    await completeIdempotencyKey(trx, input.idempotency, 201, response);
    return response;
  });
}
