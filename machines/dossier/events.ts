/**
 * The dossier machine's events: who may send each one (the API refuses a buyer posting an
 * operator's or the system's event), and their machine form — the posted body plus `at`, the
 * time the API received it (the machine never reads the clock).
 */
import type { ActorType } from '../contract/lists.ts';
import type { DossierEventBody, DossierEventType, DossierStep } from '../schemas/dossier.ts';

export type { DossierEventType };

/** `customer`: the buyer in the client space; `operator`: the back office; `system`: the API itself. */
export type DossierActor = Exclude<ActorType, 'partner'>;

export const dossierEventActors = {
  'dossier.save': 'customer',
  'dossier.goTo': 'customer',
  'identity.documentUploaded': 'system',
  'signature.codeSent': 'system',
  'signature.signedOnline': 'system',
  'signature.choosePaper': 'customer',
  'paper.received': 'operator',
  'identity.verified': 'operator',
  'identity.refused': 'operator',
  'payment.received': 'operator',
  'certificate.issued': 'operator',
  'certificate.shipped': 'operator',
  'certificate.atPostOffice': 'operator',
  'order.cancelled': 'operator',
  'dossier.refused': 'operator',
  'revocation.requested': 'system',
  'revocation.confirmed': 'operator',
  'revocation.refused': 'operator',
} as const satisfies Record<DossierEventType, DossierActor>;

/** The events that carry no time (pure navigation and data entry). */
export type UntimedEventType = 'dossier.save' | 'dossier.goTo';

type Stamped<E> = E extends { type: UntimedEventType } ? E : E & { at: string };

/**
 * A machine event: a validated body (`dossierEventSchema`'s output) and, for every event but
 * `dossier.save` and `dossier.goTo`, `at`, the ISO date-time the API received it.
 */
export type DossierEvent = Stamped<DossierEventBody>;

export type DossierEventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;

export function isUntimed(type: DossierEventType): type is UntimedEventType {
  return type === 'dossier.save' || type === 'dossier.goTo';
}

/** The machine event for a validated body received at `at` (ignored for untimed events). */
export function stampDossierEvent(body: DossierEventBody, at: string): DossierEvent {
  if (body.type === 'dossier.save' || body.type === 'dossier.goTo') return body;
  return { ...body, at } as DossierEvent;
}

/**
 * One event of each type with the least payload: what `snapshot.can` needs to tell whether the
 * current state handles a type (the payload itself is checked by the schemas and the machine).
 */
export function probeEvent(
  type: DossierEventType,
  step: DossierStep = 'organisation',
): DossierEvent {
  const at = '1970-01-01T00:00:00.000Z';
  switch (type) {
    case 'dossier.save':
      return { type, step, data: {} };
    case 'dossier.goTo':
      return { type, step };
    case 'identity.documentUploaded':
      return { type, documentId: '', at };
    case 'signature.codeSent':
      return { type, version: 0, signer: 'mandataire', at };
    case 'signature.signedOnline':
      return { type, signer: 'mandataire', at };
    case 'identity.refused':
    case 'order.cancelled':
    case 'dossier.refused':
    case 'revocation.refused':
      return { type, reason: '', at };
    case 'revocation.requested':
      return { type, reason: 'keyCompromise', comment: '', at };
    case 'payment.received':
      return { type, amount: 0, at };
    case 'certificate.issued':
      return { type, serialNumber: '', notBefore: at, at };
    case 'certificate.shipped':
      return { type, carrier: '', trackingNumber: '', at };
    case 'signature.choosePaper':
    case 'paper.received':
    case 'identity.verified':
    case 'certificate.atPostOffice':
    case 'revocation.confirmed':
      return { type, at };
  }
}
