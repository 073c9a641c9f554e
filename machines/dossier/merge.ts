/**
 * Which part of a dossier each event touches, and so whether an event sent against an older
 * version may still be applied. The API keeps an optimistic version per dossier; when an event
 * arrives with an older one, it looks at the events applied since: if none touches what the
 * late event touches (an operator recording a payment while the buyer fills in the
 * bénéficiaire), the late event is applied on top (the machine still accepts or refuses it);
 * otherwise it is a real conflict, reported with what changed.
 */
import type { DossierEventType, DossierStep } from '../schemas/dossier.ts';

/** The parts of a dossier that events edit. */
export const DOSSIER_PARTS = [
  /** The buyer's form: steps' data and the step shown (one buyer edits it at a time). */
  'form',
  'identity',
  'signature',
  'payment',
  'certificate',
  'delivery',
  'revocation',
  /** Cancellation or refusal: ends the dossier, conflicts with everything. */
  'lifecycle',
] as const;

export type DossierPart = (typeof DOSSIER_PARTS)[number];

/** What an event is, for this rule: its type and, for `dossier.save`/`dossier.goTo`, its step. */
export interface TouchingEvent {
  type: DossierEventType;
  step?: DossierStep | undefined;
}

const touchedBy = {
  'dossier.save': ['form'],
  'dossier.goTo': ['form'],
  'identity.documentUploaded': ['form', 'identity'],
  'signature.codeSent': ['signature'],
  'signature.signedOnline': ['form', 'signature'],
  'signature.choosePaper': ['form', 'signature'],
  'paper.received': ['signature'],
  'identity.verified': ['identity'],
  'identity.refused': ['identity'],
  'payment.received': ['payment'],
  'certificate.issued': ['certificate'],
  'certificate.shipped': ['delivery'],
  'certificate.atPostOffice': ['delivery'],
  'order.cancelled': DOSSIER_PARTS,
  'dossier.refused': DOSSIER_PARTS,
  'revocation.requested': ['revocation'],
  'revocation.confirmed': ['revocation'],
  'revocation.refused': ['revocation'],
} as const satisfies Record<DossierEventType, readonly DossierPart[]>;

/** The parts `event` changes (saving the identity or signature step changes that part too). */
export function partsTouched(event: TouchingEvent): readonly DossierPart[] {
  const parts: readonly DossierPart[] = touchedBy[event.type];
  if (event.type === 'dossier.save' && (event.step === 'identity' || event.step === 'signature')) {
    return [...parts, event.step];
  }
  return parts;
}

/**
 * The first event among `since` (applied after the version `late` was sent against) that
 * touches a part `late` touches: a real conflict; null when `late` may be applied on top.
 */
export function conflictingEvent<E extends TouchingEvent>(
  late: TouchingEvent,
  since: readonly E[],
): E | null {
  const mine = new Set(partsTouched(late));
  return since.find((event) => partsTouched(event).some((part) => mine.has(part))) ?? null;
}
