/**
 * The operator's actions on one dossier: their names, events and form fields, which of them
 * may be taken now, and how the API's refusal of one is split between its fields and a list.
 */
import type {
  AdminDossier,
  DossierData,
  DossierStatus,
  FieldError,
} from '../../machines/contract.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import type { BackofficeKey } from '../i18n/backoffice.ts';

/** The operator's actions, in the order of the flow. */
export type ActionKind =
  | 'paper'
  | 'identityVerified'
  | 'identityRefused'
  | 'payment'
  | 'issue'
  | 'ship'
  | 'postOffice'
  | 'cancel'
  | 'refuse'
  | 'revoke'
  | 'refuseRevocation';

export const LABELS: Record<ActionKind, BackofficeKey> = {
  paper: 'action.paper',
  identityVerified: 'action.identityVerified',
  identityRefused: 'action.identityRefused',
  payment: 'action.payment',
  issue: 'action.issue',
  ship: 'action.ship',
  postOffice: 'action.postOffice',
  cancel: 'action.cancel',
  refuse: 'action.refuse',
  revoke: 'action.revoke',
  refuseRevocation: 'action.refuseRevocation',
};

/** The machine's event of each action (`payment` goes through the order's payment route). */
export const EVENTS: Record<ActionKind, string> = {
  paper: 'paper.received',
  identityVerified: 'identity.verified',
  identityRefused: 'identity.refused',
  payment: 'payment.received',
  issue: 'certificate.issued',
  ship: 'certificate.shipped',
  postOffice: 'certificate.atPostOffice',
  cancel: 'order.cancelled',
  refuse: 'dossier.refused',
  revoke: 'revocation.confirmed',
  refuseRevocation: 'revocation.refused',
};

/** The fields of each action's form (the API's errors are matched on their last segment). */
export const FIELDS: Record<ActionKind, readonly string[]> = {
  paper: [],
  identityVerified: [],
  identityRefused: ['reason'],
  payment: ['amount', 'reference', 'chequeNumber', 'bank'],
  issue: ['serialNumber', 'notBefore'],
  ship: ['carrier', 'trackingNumber'],
  postOffice: [],
  cancel: ['reason'],
  refuse: ['reason'],
  revoke: [],
  refuseRevocation: ['reason'],
};

export const DANGER: readonly ActionKind[] = ['identityRefused', 'cancel', 'refuse', 'revoke'];

/** The dossier is with CERTINOMIS: issuing is the next step once nothing is missing. */
const SUBMITTED: readonly DossierStatus[] = ['awaiting_paper', 'in_review', 'awaiting_payment'];

export const CARRIERS = ['Chronopost', 'La Poste', 'Colissimo'] as const;

/** The dossier's context as the shared rules take it. */
export function contextOf(data: Record<string, unknown>): DossierContext {
  return { ...(data as unknown as DossierData), issues: [] };
}

/**
 * The actions the operator may take now: the events the dossier machine accepts from them
 * (`accepts`, computed by the API with the machine), the payment only while the order's
 * transfer or cheque is awaited. An action the machine would refuse is never offered.
 */
export function availableActions(detail: AdminDossier): ActionKind[] {
  const accepts = new Set(detail.dossier.accepts);
  const { order } = detail;
  return (Object.keys(EVENTS) as ActionKind[]).filter((kind) => {
    switch (kind) {
      case 'payment':
        return (
          accepts.has('payment.received') &&
          order.method !== 'mandate' &&
          order.status === 'pending'
        );
      default:
        return accepts.has(EVENTS[kind]);
    }
  });
}

/**
 * Issuing is what comes next but the machine refuses it: the screen says what is missing
 * instead of offering "Certificat émis".
 */
export function issueBlocked(detail: AdminDossier): boolean {
  return (
    SUBMITTED.includes(detail.dossier.status) &&
    !detail.dossier.accepts.includes('certificate.issued')
  );
}

/**
 * A 422's errors for the form of `kind`: each on its field (matched on the last segment, the
 * first message wins), the others listed; `missing`: issuing refused for missing conditions.
 */
export function splitRefusal(
  kind: ActionKind,
  errors: readonly FieldError[],
): { byField: Record<string, string>; general: string[]; missing: boolean } {
  const fields = FIELDS[kind];
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const { field, message } of errors) {
    const last = field.split('.').pop() ?? '';
    if (fields.includes(last) && !byField[last]) byField[last] = message;
    else general.push(message);
  }
  const missing = kind === 'issue' && errors.some((e) => e.field === 'certificate');
  return { byField, general, missing };
}
