/**
 * What the operator's dossier screen says, as label/value facts: plain functions of the data
 * (`GET /v1/admin/dossiers/{id}`) and the locale, rendered by `<certinomis-backoffice-dossier>`.
 */

import type { AdminDossier, AdminOrder, HistoryRow } from '../../machines/contract.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import { requiredSigners, SIGNERS, signerRecord } from '../../machines/dossier/signers.ts';
import { isMessageKey, type Locale, translate } from '../../machines/messages/index.ts';
import type { TimeZone } from '../../machines/rules/time-zone.ts';
import type { DossierStep, Person } from '../../machines/schemas/dossier.ts';
import { formatMoney } from '../format.ts';
import {
  type BackofficeKey,
  backofficeText,
  formatDateTime,
  formatDay,
  isBackofficeKey,
} from '../i18n/backoffice.ts';

/** A value as shown: text, an identifier (monospace), or an amount that stands out. */
export type FactValue = string | null | undefined | { mono: string } | { strong: string };
/** One label/value line; a line without a value is not shown. */
export type Fact = readonly [label: string, value: FactValue];

export const STEP_SECTIONS: Record<DossierStep, BackofficeKey> = {
  organisation: 'section.organisation',
  mandataire: 'section.mandataire',
  beneficiaire: 'section.beneficiaire',
  delivery: 'section.delivery',
  identity: 'section.identity',
  signature: 'section.signature',
};

type T = (key: BackofficeKey, params?: Record<string, string | number>) => string;

const textsFor =
  (locale: Locale): T =>
  (key, params) =>
    backofficeText(locale, key, params);

// Every time in the organisation's zone, saying which (`machines/messages/date-time.ts`).
const dateTime = (iso: string | null | undefined, locale: Locale, zone: TimeZone) =>
  iso ? formatDateTime(iso, locale, zone) : null;
const day = (iso: string | null | undefined, locale: Locale, zone: TimeZone) =>
  iso ? formatDay(iso, locale, zone) : null;

/** The facts a line is shown for (a value that is not null, undefined or empty). */
export function shownFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
}

/** `12 rue …, 75001 Paris` (and ` (BE)` outside France), or null when nothing is known. */
export function addressOf(fields: Record<string, string | undefined>): string | null {
  const line = [fields.address, [fields.postalCode, fields.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const country = fields.country && fields.country !== 'FR' ? ` (${fields.country})` : '';
  return line ? `${line}${country}` : null;
}

function civility(text: T, value: string | undefined): string {
  return value === 'MR' || value === 'MME' ? text(`civility.${value}`) : (value ?? '');
}

export function orderFacts({ dossier, order }: AdminDossier, locale: Locale): Fact[] {
  const text = textsFor(locale);
  const zone = dossierTimeZone(dossier.data as Partial<DossierContext>);
  const money = (cents: number) => formatMoney(cents, locale);
  const options = [
    order.usbReader ? text('value.usbReader') : '',
    order.express ? text('value.express') : '',
  ].filter(Boolean);
  return [
    [text('label.reference'), { mono: order.reference }],
    [text('label.orderDate'), dateTime(dossier.orderDate, locale, zone)],
    [text('label.product'), dossier.productLabel],
    [
      text('label.position'),
      text('queue.position', { n: dossier.position, total: dossier.quantity }),
    ],
    [text('label.options'), options.length ? options.join(', ') : text('value.noOption')],
    [text('label.totalHt'), money(order.totalHt)],
    [text('label.totalVat'), money(order.totalVat)],
    [text('label.totalTtc'), { strong: money(order.totalTtc) }],
  ];
}

export function buyerFacts(order: AdminOrder, locale: Locale): Fact[] {
  const text = textsFor(locale);
  const c = order.customer;
  return [
    [
      text('label.name'),
      [civility(text, c.civility), c.firstName, c.lastName].filter(Boolean).join(' '),
    ],
    [text('label.company'), c.companyName],
    [text('label.siret'), c.siret ? { mono: c.siret } : null],
    [text('label.email'), c.email],
    [text('label.phone'), c.phone],
    [text('label.address'), addressOf(c)],
    [text('label.options'), order.publicAdministration ? text('value.publicAdministration') : null],
  ];
}

/** The billing address's facts, or null when the order has none. */
export function billingFacts(order: AdminOrder, locale: Locale): Fact[] | null {
  const text = textsFor(locale);
  const b = order.billing;
  if (!b) return null;
  return [
    [text('label.company'), b.companyName],
    [text('label.address'), addressOf(b)],
    [text('label.email'), b.email],
  ];
}

export function paymentFacts(order: AdminOrder, context: DossierContext, locale: Locale): Fact[] {
  const text = textsFor(locale);
  const zone = dossierTimeZone(context);
  const d = order.details;
  const payment = context.payment;
  const received = payment
    ? [
        text('value.paymentReceived', {
          amount: formatMoney(payment.amount, locale),
          date: dateTime(payment.receivedAt, locale, zone) ?? '',
        }),
        payment.reference ? text('value.paymentLabel', { label: payment.reference }) : '',
        payment.chequeNumber
          ? text('value.paymentCheque', { number: payment.chequeNumber, bank: payment.bank ?? '' })
          : '',
      ]
        .filter(Boolean)
        .join(' — ')
    : order.receivedAt
      ? dateTime(order.receivedAt, locale, zone)
      : null;
  return [
    [text('label.method'), text(`payment.${order.method}`)],
    [text('label.status'), text(`state.${order.status}`)],
    [
      text('label.mandatePayment'),
      order.method === 'mandate' ? mandateState(text, order, locale, zone) : null,
    ],
    [text('label.totalTtc'), formatMoney(order.totalTtc, locale)],
    [text('label.transferReference'), d.transferReference],
    [text('label.chequeNumber'), d.chequeNumber],
    [text('label.bank'), d.bank],
    [text('label.siret'), order.method === 'mandate' ? d.siret : null],
    [text('label.serviceCode'), d.serviceCode],
    [text('label.chorusOrderNumber'), d.chorusOrderNumber],
    [text('label.received'), received],
  ];
}

/**
 * Where a mandate order stands for the operator: the invoice to file on Chorus Pro (with the
 * buyer's code service and numéro d'engagement), then the mandate paid (date, amount).
 */
function mandateState(t: T, order: AdminOrder, locale: Locale, zone: TimeZone): string {
  const amount = formatMoney(order.totalTtc, locale);
  if (order.receivedAt) {
    return t('value.mandatePaid', { amount, date: day(order.receivedAt, locale, zone) ?? '' });
  }
  return t('value.mandateAwaited', {
    amount,
    serviceCode: order.details.serviceCode ?? '—',
    commitment: order.details.chorusOrderNumber ?? '—',
  });
}

/**
 * Where the operator ships the certificate: by mail, the recipient's name and the
 * organisation's address; at a post office, the recipient and the town it is chosen near.
 */
export function shipTo(context: DossierContext, locale: Locale): string | null {
  const t = textsFor(locale);
  const { delivery, organisation } = context;
  if (!delivery) return null;
  const person =
    delivery.recipient === 'mandataire' || context.beneficiaire?.sameAsMandataire
      ? context.mandataire
      : context.beneficiaire?.person;
  const name = person ? `${person.firstName} ${person.lastName}` : null;
  if (delivery.mode === 'post_office') {
    const town = organisation
      ? [organisation.postalCode, organisation.city].filter(Boolean).join(' ')
      : '';
    return t('value.shipToPostOffice', { name: name ?? '—', town: town || '—' });
  }
  return (
    [name, organisation?.name, organisation ? addressOf(organisation) : null]
      .filter(Boolean)
      .join(', ') || null
  );
}

export function certificateFacts(context: DossierContext, locale: Locale): Fact[] {
  const zone = dossierTimeZone(context);
  const text = textsFor(locale);
  const { certificate, shipment } = context;
  const shipped =
    shipment?.mode === 'mail'
      ? text('value.shippedBy', {
          carrier: shipment.carrier,
          tracking: shipment.trackingNumber,
          date: dateTime(shipment.at, locale, zone) ?? '',
        })
      : shipment?.mode === 'post_office'
        ? text('value.atPostOffice', { date: dateTime(shipment.at, locale, zone) ?? '' })
        : text('value.notShipped');
  const outcome = context.cancelledAt
    ? text('value.cancelled', {
        date: day(context.cancelledAt, locale, zone) ?? '',
        reason: context.cancelReason ?? '',
      })
    : context.refusedAt
      ? text('value.refused', {
          date: day(context.refusedAt, locale, zone) ?? '',
          reason: context.refusalReason ?? '',
        })
      : null;
  return [
    [
      text('label.serialNumber'),
      certificate ? { mono: certificate.serialNumber } : text('value.notIssued'),
    ],
    [text('label.notBefore'), day(certificate?.notBefore, locale, zone)],
    [text('label.notAfter'), day(certificate?.notAfter, locale, zone)],
    [text('label.shipment'), certificate ? shipped : null],
    [text('label.shipTo'), context.shipment ? null : shipTo(context, locale)],
    [text('label.outcome'), outcome],
  ];
}

function personFacts(text: T, person: Person | null | undefined): Fact[] {
  if (!person) return [];
  return [
    [
      text('label.name'),
      [civility(text, person.civility), person.firstName, person.lastName].join(' '),
    ],
    [text('label.function'), person.function],
    [text('label.email'), person.email],
    [text('label.mobile'), person.mobile],
  ];
}

/**
 * Who has signed online, when the bénéficiaire is another person than the mandataire (both
 * sign: machines/dossier/signers.ts): "signé le …" or "à signer" for each.
 */
function signerFacts(text: T, context: DossierContext, locale: Locale): Fact[] {
  const zone = dossierTimeZone(context);
  const online = (context.signatureMethod ?? context.signature?.method) === 'online';
  const signers = requiredSigners(context);
  // Dossiers stored before two signers have no record of who signed (the mandataire did).
  if (!online || signers.length < 2 || context.signers === undefined) return [];
  return signers.map((signer) => {
    const signedAt = signerRecord(context, signer).signedAt;
    return [
      text(`label.signer.${signer}`),
      signedAt
        ? text('value.signedAt', { date: dateTime(signedAt, locale, zone) ?? '' })
        : text('value.toSign'),
    ];
  });
}

/** Each step's facts, in the dossier's order. */
export function stepFacts(context: DossierContext, locale: Locale): Record<DossierStep, Fact[]> {
  const zone = dossierTimeZone(context);
  const text = textsFor(locale);
  const { organisation, beneficiaire, delivery, identity } = context;
  const identityStatus =
    context.identityStatus === 'refused'
      ? text('value.identityStatus.refused', { reason: context.identityRefusalReason ?? '' })
      : context.identityStatus === 'verified' && context.identityVerifiedAt
        ? `${text('value.identityStatus.verified')} (${dateTime(context.identityVerifiedAt, locale, zone)})`
        : text(`value.identityStatus.${context.identityStatus}`);
  const signature = context.signatureMethod
    ? [
        text(`value.signature.${context.signatureMethod}`),
        context.signedAt
          ? text('value.signedAt', { date: dateTime(context.signedAt, locale, zone) ?? '' })
          : '',
      ]
        .filter(Boolean)
        .join(', ')
    : context.signature
      ? text(`value.signature.${context.signature.method}`)
      : null;
  const paper =
    context.signatureMethod === 'handwritten'
      ? context.paperReceived
        ? text('value.paperReceived', {
            date: dateTime(context.paperReceivedAt, locale, zone) ?? '',
          })
        : text('value.paperAwaited')
      : null;
  return {
    organisation: [
      [text('label.company'), organisation?.name],
      [text('label.siret'), organisation ? { mono: organisation.siret } : null],
      [text('label.address'), organisation ? addressOf(organisation) : null],
    ],
    mandataire: personFacts(text, context.mandataire),
    beneficiaire: beneficiaire?.sameAsMandataire
      ? [[text('label.name'), text('value.sameAsMandataire')]]
      : personFacts(text, beneficiaire?.person),
    delivery: [
      [
        text('label.recipient'),
        delivery
          ? `${text(`value.recipient.${delivery.recipient}`)}, ${text(`value.mode.${delivery.mode}`)}`
          : null,
      ],
      [text('label.shipTo'), shipTo(context, locale)],
    ],
    identity: [
      [text('label.method'), identity ? text(`value.identity.${identity.method}`) : null],
      [text('label.status'), identity ? identityStatus : null],
    ],
    signature: [
      [text('label.method'), signature ?? (context.signedAt ? null : text('value.notSigned'))],
      ...signerFacts(text, context, locale),
      [text('label.status'), paper],
    ],
  };
}

/** Who acted: the kind, and the address when the actor is known by one. */
export function historyActor(row: HistoryRow, locale: Locale): string {
  const kind = backofficeText(locale, `actor.${row.actorType}`);
  return row.actorId?.includes('@') ? `${kind} (${row.actorId})` : kind;
}

/** What happened, with the event's own details (step, reason, serial, carrier…). */
export function historyEvent(row: HistoryRow, locale: Locale): string {
  const payload = (row.data?.event ?? row.data ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof payload[name] === 'string' ? payload[name] : '');
  // A signer's code or signature says whose (rows written before two signers name none).
  const signer = SIGNERS.find((known) => known === payload.signer);
  const own = `event.${row.event}`;
  const key = signer && isBackofficeKey(`${own}.by`) ? `${own}.by` : own;
  if (!isBackofficeKey(key)) return row.event;
  const step = text('step');
  return backofficeText(locale, key, {
    signer: signer ? backofficeText(locale, `value.signer.${signer}`) : '',
    step: step in STEP_SECTIONS ? backofficeText(locale, STEP_SECTIONS[step as DossierStep]) : step,
    reason: text('reason'),
    serial: text('serialNumber'),
    carrier: text('carrier'),
    tracking: text('trackingNumber'),
  });
}

function stateName(value: string, locale: Locale): string {
  const status = `status.${value}`;
  if (isMessageKey(status)) return translate(locale, status);
  const own = `state.${value}`;
  return isBackofficeKey(own) ? backofficeText(locale, own) : value;
}

/** The change of state (`A → B`), the state reached, or none. */
export function historyChange(row: HistoryRow, locale: Locale): string {
  if (!row.toState) return backofficeText(locale, 'value.none');
  if (!row.fromState || row.fromState === row.toState) return stateName(row.toState, locale);
  return `${stateName(row.fromState, locale)} → ${stateName(row.toState, locale)}`;
}
