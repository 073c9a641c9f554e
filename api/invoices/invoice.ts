import { sql } from 'kysely';
import { intraEuVatNumber } from '../../machines/rules/siret.ts';
import type { Seller } from '../db/database.ts';

export interface InvoiceParty {
  name: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  /** SIRET (buyer) or SIREN (seller): the legal registration identifier. */
  legalId: string;
  vatNumber: string | null;
}

export interface InvoiceLine {
  id: string;
  code: string;
  label: string;
  quantity: number;
  /** Net unit price, cents. */
  unitPrice: number;
  /** quantity × unitPrice, cents (BT-131). */
  netAmount: number;
  /** Percent (20 = 20 %). */
  vatRate: number;
}

/** The invoice as issued, kept frozen in `invoices.document`. Amounts in cents. */
export interface InvoiceDocument {
  number: string;
  issueDate: string;
  dueDate: string;
  currency: 'EUR';
  orderReference: string;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  lines: InvoiceLine[];
  vatBreakdown: { rate: number; taxableAmount: number; taxAmount: number }[];
  totals: {
    lineTotal: number;
    taxBasisTotal: number;
    taxTotal: number;
    grandTotal: number;
    duePayable: number;
  };
  paymentMeans: 'transfer' | 'cheque' | 'mandate';
  paymentTerms: string;
  /** Payee account for transfers (BT-84). */
  iban: string | null;
  /** Chorus Pro (administrative mandate): code service (BT-10) and engagement number (BT-13). */
  chorus: { siret: string; serviceCode: string; engagementNumber: string } | null;
}

const day = 86_400_000;

/** What the order's statement needs to write its invoice (`invoiceCtes`). */
export interface InvoiceValues {
  orderId: string;
  /** 1: the live series (FA), 2: the test series (TEST-FA). */
  series: number;
  prefix: string;
  livemode: boolean;
  issuedAt: Date;
  dueDays: number;
  /** The frozen copy as JSON, without its number and dates (the statement sets them). */
  document: string;
}

/**
 * An order's invoice, but for its number: seller and buyer identifiers, lines, VAT per rate,
 * totals and payment terms — 30 days for an administrative mandate, payable at order
 * otherwise (the certificate is produced once paid). Its number and dates come from the
 * counter when the order's statement writes it (`invoiceCtes`).
 */
export function invoiceOf(input: {
  orderId: string;
  orderReference: string;
  issuedAt: Date;
  /** False for a test order: numbered in the separate TEST- series. */
  livemode: boolean;
  seller: Seller;
  buyer: {
    name: string;
    address: string;
    postalCode: string;
    city: string;
    country: string;
    siret: string;
  };
  lines: {
    code: string;
    label: string;
    quantity: number;
    unitHt: number;
    totalHt: number;
    vatRateBp: number;
  }[];
  vatBreakdown: { rate: number; base: number; amount: number }[];
  totals: { ht: number; vat: number; ttc: number };
  payment:
    | { method: 'transfer' | 'cheque' }
    | { method: 'mandate'; siret: string; serviceCode: string; chorusOrderNumber: string };
}): InvoiceValues {
  const mandate = input.payment.method === 'mandate' ? input.payment : null;
  const series = input.livemode ? 1 : 2;
  const prefix = input.livemode ? 'FA' : 'TEST-FA';
  const dueDays = mandate ? 30 : 0;
  const issueDate = input.issuedAt.toISOString().slice(0, 10);
  const dueDate = new Date(input.issuedAt.getTime() + dueDays * day).toISOString().slice(0, 10);
  const number = `${prefix}${input.issuedAt.getUTCFullYear()}-000000`;
  const { seller } = input;
  const document: InvoiceDocument = {
    number,
    issueDate,
    dueDate,
    currency: 'EUR',
    orderReference: input.orderReference,
    seller: {
      name: seller.legal_name,
      address: seller.address,
      postalCode: seller.postal_code,
      city: seller.city,
      country: seller.country,
      legalId: seller.siren,
      vatNumber: seller.vat_number,
    },
    buyer: {
      name: input.buyer.name,
      address: input.buyer.address,
      postalCode: input.buyer.postalCode,
      city: input.buyer.city,
      country: input.buyer.country,
      legalId: input.buyer.siret,
      vatNumber:
        input.buyer.country === 'FR' ? intraEuVatNumber(input.buyer.siret.slice(0, 9)) : null,
    },
    lines: input.lines.map((line, index) => ({
      id: String(index + 1),
      code: line.code,
      label: line.label,
      quantity: line.quantity,
      unitPrice: line.unitHt,
      netAmount: line.totalHt,
      vatRate: line.vatRateBp / 100,
    })),
    vatBreakdown: input.vatBreakdown.map((b) => ({
      rate: b.rate,
      taxableAmount: b.base,
      taxAmount: b.amount,
    })),
    totals: {
      lineTotal: input.totals.ht,
      taxBasisTotal: input.totals.ht,
      taxTotal: input.totals.vat,
      grandTotal: input.totals.ttc,
      duePayable: input.totals.ttc,
    },
    paymentMeans: input.payment.method,
    paymentTerms: mandate
      ? 'Mandat administratif — paiement à 30 jours à réception de la facture déposée sur Chorus Pro.'
      : input.payment.method === 'transfer'
        ? 'Virement à la commande : le certificat est produit à réception du paiement.'
        : 'Chèque à la commande : le certificat est produit à réception du chèque.',
    iban: input.payment.method === 'transfer' ? seller.iban : null,
    chorus: mandate
      ? {
          siret: mandate.siret,
          serviceCode: mandate.serviceCode,
          engagementNumber: mandate.chorusOrderNumber,
        }
      : null,
  };
  return {
    orderId: input.orderId,
    series,
    prefix,
    livemode: input.livemode,
    issuedAt: input.issuedAt,
    dueDays,
    document: JSON.stringify(document),
  };
}

/**
 * The invoice's rows, as two CTEs of the order's one statement (`api/services/place-order.ts`,
 * which runs it without a transaction block, so that it commits as soon as it has run):
 * `counter` takes the next number of the series and an issue time no earlier than the
 * previous invoice's; `invoice` writes the invoice with its frozen copy, numbered. The counter
 * row is locked from the moment the statement updates it to its commit, within the one round
 * trip: buyers wait for each other only there, and a statement that fails rolls the number
 * back with the order (gapless, chronological: DOMAIN.md). Each is parenthesised, as the body
 * of a CTE (Kysely adds the parentheses to its own builders only).
 */
export function invoiceCtes(v: InvoiceValues) {
  return {
    counter: sql<{ last: number; last_issued_at: Date }>`(update invoice_counter
         set last = last + 1,
             last_issued_at = greatest(coalesce(last_issued_at, ${v.issuedAt}), ${v.issuedAt}::timestamptz)
       where id = ${v.series}
      returning last, last_issued_at)`,
    invoice: sql<{
      sequence: number;
    }>`(insert into invoices (order_id, sequence, livemode, number, issued_at, due_date, document)
    select ${v.orderId}::uuid, last, ${v.livemode}, number, issued_at, due_date::date,
           ${v.document}::jsonb
             || jsonb_build_object('number', number, 'issueDate', issue_date, 'dueDate', due_date)
      from (select last,
             last_issued_at as issued_at,
             ${v.prefix}::text || to_char(last_issued_at at time zone 'UTC', 'YYYY') || '-' || lpad(last::text, 6, '0') as number,
             to_char(last_issued_at at time zone 'UTC', 'YYYY-MM-DD') as issue_date,
             to_char((last_issued_at at time zone 'UTC')::date + ${v.dueDays}::int, 'YYYY-MM-DD') as due_date
        from counter) as numbered
    returning sequence)`,
  };
}
