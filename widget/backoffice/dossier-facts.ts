/**
 * What the operator's dossier screen says, as label/value facts: plain functions of the data
 * (`GET /v1/admin/dossiers/{id}`) and the locale, rendered by `<certinomis-backoffice-dossier>`.
 */

import type { AdminDossier, AdminOrder, HistoryRow } from '../../machines/contract.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import { isMessageKey, type Locale, translate } from '../../machines/messages/index.ts';
import type { DossierStep, Person } from '../../machines/schemas/dossier.ts';
import { formatMoney } from '../format.ts';
import {
  type BackofficeKey,
  bt,
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

const translator =
  (locale: Locale): T =>
  (key, params) =>
    bt(locale, key, params);

const dateTime = (iso: string | null | undefined, locale: Locale) =>
  iso ? formatDateTime(iso, locale) : null;
const day = (iso: string | null | undefined, locale: Locale) =>
  iso ? formatDay(iso, locale) : null;

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

function civility(t: T, value: string | undefined): string {
  return value === 'MR' || value === 'MME' ? t(`civility.${value}`) : (value ?? '');
}

export function orderFacts({ dossier, order }: AdminDossier, locale: Locale): Fact[] {
  const t = translator(locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const options = [
    order.usbReader ? t('value.usbReader') : '',
    order.express ? t('value.express') : '',
  ].filter(Boolean);
  return [
    [t('label.reference'), { mono: order.reference }],
    [t('label.orderDate'), dateTime(dossier.orderDate, locale)],
    [t('label.product'), dossier.productLabel],
    [t('label.position'), t('queue.position', { n: dossier.position, total: dossier.quantity })],
    [t('label.options'), options.length ? options.join(', ') : t('value.noOption')],
    [t('label.totalHt'), money(order.totalHt)],
    [t('label.totalVat'), money(order.totalVat)],
    [t('label.totalTtc'), { strong: money(order.totalTtc) }],
  ];
}

export function buyerFacts(order: AdminOrder, locale: Locale): Fact[] {
  const t = translator(locale);
  const c = order.customer;
  return [
    [t('label.name'), [civility(t, c.civility), c.firstName, c.lastName].filter(Boolean).join(' ')],
    [t('label.company'), c.companyName],
    [t('label.siret'), c.siret ? { mono: c.siret } : null],
    [t('label.email'), c.email],
    [t('label.phone'), c.phone],
    [t('label.address'), addressOf(c)],
    [t('label.options'), order.publicAdministration ? t('value.publicAdministration') : null],
  ];
}

/** The billing address's facts, or null when the order has none. */
export function billingFacts(order: AdminOrder, locale: Locale): Fact[] | null {
  const t = translator(locale);
  const b = order.billing;
  if (!b) return null;
  return [
    [t('label.company'), b.companyName],
    [t('label.address'), addressOf(b)],
    [t('label.email'), b.email],
  ];
}

export function paymentFacts(order: AdminOrder, context: DossierContext, locale: Locale): Fact[] {
  const t = translator(locale);
  const d = order.details;
  const payment = context.payment;
  const received = payment
    ? [
        t('value.paymentReceived', {
          amount: formatMoney(payment.amount, locale),
          date: dateTime(payment.receivedAt, locale) ?? '',
        }),
        payment.reference ? t('value.paymentLabel', { label: payment.reference }) : '',
        payment.chequeNumber
          ? t('value.paymentCheque', { number: payment.chequeNumber, bank: payment.bank ?? '' })
          : '',
      ]
        .filter(Boolean)
        .join(' — ')
    : order.receivedAt
      ? dateTime(order.receivedAt, locale)
      : null;
  return [
    [t('label.method'), t(`payment.${order.method}`)],
    [t('label.status'), t(`state.${order.status}`)],
    [t('label.mandatePayment'), order.method === 'mandate' ? mandateState(t, order, locale) : null],
    [t('label.totalTtc'), formatMoney(order.totalTtc, locale)],
    [t('label.transferReference'), d.transferReference],
    [t('label.chequeNumber'), d.chequeNumber],
    [t('label.bank'), d.bank],
    [t('label.siret'), order.method === 'mandate' ? d.siret : null],
    [t('label.serviceCode'), d.serviceCode],
    [t('label.chorusOrderNumber'), d.chorusOrderNumber],
    [t('label.received'), received],
  ];
}

/**
 * Where a mandate order stands for the operator: the invoice to file on Chorus Pro (with the
 * buyer's code service and numéro d'engagement), then the mandate paid (date, amount).
 */
function mandateState(t: T, order: AdminOrder, locale: Locale): string {
  const amount = formatMoney(order.totalTtc, locale);
  if (order.receivedAt) {
    return t('value.mandatePaid', { amount, date: day(order.receivedAt, locale) ?? '' });
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
  const t = translator(locale);
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
  const t = translator(locale);
  const { certificate, shipment } = context;
  const shipped =
    shipment?.mode === 'mail'
      ? t('value.shippedBy', {
          carrier: shipment.carrier,
          tracking: shipment.trackingNumber,
          date: dateTime(shipment.at, locale) ?? '',
        })
      : shipment?.mode === 'post_office'
        ? t('value.atPostOffice', { date: dateTime(shipment.at, locale) ?? '' })
        : t('value.notShipped');
  const outcome = context.cancelledAt
    ? t('value.cancelled', {
        date: day(context.cancelledAt, locale) ?? '',
        reason: context.cancelReason ?? '',
      })
    : context.refusedAt
      ? t('value.refused', {
          date: day(context.refusedAt, locale) ?? '',
          reason: context.refusalReason ?? '',
        })
      : null;
  return [
    [
      t('label.serialNumber'),
      certificate ? { mono: certificate.serialNumber } : t('value.notIssued'),
    ],
    [t('label.notBefore'), day(certificate?.notBefore, locale)],
    [t('label.notAfter'), day(certificate?.notAfter, locale)],
    [t('label.shipment'), certificate ? shipped : null],
    [t('label.shipTo'), context.shipment ? null : shipTo(context, locale)],
    [t('label.outcome'), outcome],
  ];
}

function personFacts(t: T, person: Person | null | undefined): Fact[] {
  if (!person) return [];
  return [
    [t('label.name'), [civility(t, person.civility), person.firstName, person.lastName].join(' ')],
    [t('label.function'), person.function],
    [t('label.email'), person.email],
    [t('label.mobile'), person.mobile],
  ];
}

/** Each step's facts, in the dossier's order. */
export function stepFacts(context: DossierContext, locale: Locale): Record<DossierStep, Fact[]> {
  const t = translator(locale);
  const { organisation, beneficiaire, delivery, identity } = context;
  const identityStatus =
    context.identityStatus === 'refused'
      ? t('value.identityStatus.refused', { reason: context.identityRefusalReason ?? '' })
      : context.identityStatus === 'verified' && context.identityVerifiedAt
        ? `${t('value.identityStatus.verified')} (${dateTime(context.identityVerifiedAt, locale)})`
        : t(`value.identityStatus.${context.identityStatus}`);
  const signature = context.signatureMethod
    ? [
        t(`value.signature.${context.signatureMethod}`),
        context.signedAt
          ? t('value.signedAt', { date: dateTime(context.signedAt, locale) ?? '' })
          : '',
      ]
        .filter(Boolean)
        .join(', ')
    : context.signature
      ? t(`value.signature.${context.signature.method}`)
      : null;
  const paper =
    context.signatureMethod === 'handwritten'
      ? context.paperReceived
        ? t('value.paperReceived', { date: dateTime(context.paperReceivedAt, locale) ?? '' })
        : t('value.paperAwaited')
      : null;
  return {
    organisation: [
      [t('label.company'), organisation?.name],
      [t('label.siret'), organisation ? { mono: organisation.siret } : null],
      [t('label.address'), organisation ? addressOf(organisation) : null],
    ],
    mandataire: personFacts(t, context.mandataire),
    beneficiaire: beneficiaire?.sameAsMandataire
      ? [[t('label.name'), t('value.sameAsMandataire')]]
      : personFacts(t, beneficiaire?.person),
    delivery: [
      [
        t('label.recipient'),
        delivery
          ? `${t(`value.recipient.${delivery.recipient}`)}, ${t(`value.mode.${delivery.mode}`)}`
          : null,
      ],
      [t('label.shipTo'), shipTo(context, locale)],
    ],
    identity: [
      [t('label.method'), identity ? t(`value.identity.${identity.method}`) : null],
      [t('label.status'), identity ? identityStatus : null],
    ],
    signature: [
      [t('label.method'), signature ?? (context.signedAt ? null : t('value.notSigned'))],
      [t('label.status'), paper],
    ],
  };
}

/** Who acted: the kind, and the address when the actor is known by one. */
export function historyActor(row: HistoryRow, locale: Locale): string {
  const kind = bt(locale, `actor.${row.actorType}`);
  return row.actorId?.includes('@') ? `${kind} (${row.actorId})` : kind;
}

/** What happened, with the event's own details (step, reason, serial, carrier…). */
export function historyEvent(row: HistoryRow, locale: Locale): string {
  const key = `event.${row.event}`;
  if (!isBackofficeKey(key)) return row.event;
  const payload = (row.data?.event ?? row.data ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof payload[name] === 'string' ? payload[name] : '');
  const step = text('step');
  return bt(locale, key, {
    step: step in STEP_SECTIONS ? bt(locale, STEP_SECTIONS[step as DossierStep]) : step,
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
  return isBackofficeKey(own) ? bt(locale, own) : value;
}

/** The change of state (`A → B`), the state reached, or none. */
export function historyChange(row: HistoryRow, locale: Locale): string {
  if (!row.toState) return bt(locale, 'value.none');
  if (!row.fromState || row.fromState === row.toState) return stateName(row.toState, locale);
  return `${stateName(row.fromState, locale)} → ${stateName(row.toState, locale)}`;
}
