import { sql, type Transaction } from 'kysely';
import { intraEuVatNumber } from '../../machines/rules/siret.ts';
import type { Database, Seller } from '../db/database.ts';

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

/**
 * Issues the order's invoice inside the order's transaction, as its last
 * statement: the next number from the counter row (locked by that statement
 * until the commit, rolled back with the order: no gaps; its issue time never
 * before the previous number's: chronological), seller and buyer identifiers, lines, VAT per rate, totals and
 * payment terms — 30 days for an administrative mandate, payable at order
 * otherwise (the certificate is produced once paid).
 */
export async function issueInvoice(
  trx: Transaction<Database>,
  input: {
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
  },
): Promise<InvoiceDocument> {
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
  // One statement, the last before COMMIT: the counter row is locked only from
  // here to the commit. It gives the next number and an issue time no earlier
  // than the previous invoice's, so the series stays gapless and chronological
  // (rolled back with the order) while buyers wait for each other only here.
  const issued = await sql<{ sequence: number; number: string; issued_at: Date; due_date: string }>`
    with counter as (
      update invoice_counter
         set last = last + 1,
             last_issued_at = greatest(coalesce(last_issued_at, ${input.issuedAt}), ${input.issuedAt}::timestamptz)
       where id = ${series}
      returning last, last_issued_at
    ), numbered as (
      select last,
             last_issued_at as issued_at,
             ${prefix}::text || to_char(last_issued_at at time zone 'UTC', 'YYYY') || '-' || lpad(last::text, 6, '0') as number,
             to_char(last_issued_at at time zone 'UTC', 'YYYY-MM-DD') as issue_date,
             to_char((last_issued_at at time zone 'UTC')::date + ${dueDays}::int, 'YYYY-MM-DD') as due_date
        from counter
    )
    insert into invoices (order_id, sequence, livemode, number, issued_at, due_date, document)
    select ${input.orderId}::uuid, last, ${input.livemode}, number, issued_at, due_date::date,
           ${JSON.stringify(document)}::jsonb
             || jsonb_build_object('number', number, 'issueDate', issue_date, 'dueDate', due_date)
      from numbered
    returning sequence, number, issued_at, due_date::text as due_date`.execute(trx);
  const row = issued.rows[0];
  if (!row) throw new Error('issueInvoice: no invoice counter row');
  return {
    ...document,
    number: row.number,
    issueDate: new Date(row.issued_at).toISOString().slice(0, 10),
    dueDate: row.due_date,
  };
}
