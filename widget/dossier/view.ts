import type { DossierResponse, Payee, Signer } from '../../machines/contract.ts';
import { parseSave } from '../../machines/dossier/checks.ts';
import { completenessIssues } from '../../machines/dossier/conditions.ts';
import { type DossierContext, dossierTimeZone } from '../../machines/dossier/context.ts';
import type { FieldIssue } from '../../machines/dossier.machine.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { TimeZone } from '../../machines/rules/time-zone.ts';
import type { DossierStep, IdentityStep, SignatureMethod } from '../../machines/schemas/dossier.ts';
import { type DossierKey, dossierText, isDossierKey } from '../i18n/dossier.ts';

/**
 * What refuses saving `data` at `step` (the machine's `parseSave`), and, for an online
 * identity check, the ID scan not sent yet (`completenessIssues`).
 */
export function saveIssues(
  dossier: DossierResponse,
  step: DossierStep,
  data: Record<string, unknown>,
): FieldIssue[] {
  const context = contextOf(dossier);
  const parsed = parseSave(context, step, data);
  if (!parsed.ok) return parsed.issues;
  if (step !== 'identity') return [];
  const identity = parsed.value as IdentityStep;
  return completenessIssues({ ...context, identity }).filter(
    (issue) => issue.field === 'identity.document',
  );
}

/** The `data` of a `DossierResponse`: the machine's context without `issues`. */
export type DossierData = Omit<DossierContext, 'issues'>;

/** The machine context of a dossier as the API sent it (for the shared conditions). */
export function contextOf(dossier: DossierResponse): DossierContext {
  return { ...(dossier.data as unknown as DossierData), issues: [] };
}

/** The zone the dossier's times are shown in (the organisation's). */
export function zoneOf(dossier: DossierResponse): TimeZone {
  return dossierTimeZone(dossier.data as unknown as DossierData);
}

export type UploadState = { state: 'idle' } | { state: 'sending'; percent: number };

/** What the signature screen shows besides the dossier: the SMS code sent, the PDF. */
export interface SignatureState {
  /** Whose code the code field is for (the mandataire, or a bénéficiaire who also signs). */
  signer: Signer;
  /** Masked mobile the last code went to (this session), e.g. `06 •• •• •• 78`. */
  sentTo: string | null;
  expiresAt: string | null;
  /** Seconds before "Renvoyer le code" is enabled again. */
  resendIn: number;
  requesting: boolean;
  confirming: boolean;
  pdf: 'idle' | 'loading' | 'done';
}

/** What `<certinomis-dossier>` gives each step screen (like the purchase's `Flow`). */
export interface DossierView {
  locale: Locale;
  dossier: DossierResponse;
  context: DossierContext;
  /** Field errors (client-side checks or the API's 422), by dotted path (`mandataire.mobile`). */
  errors: ReadonlyMap<string, string>;
  /** A request is in flight: actions are disabled. */
  busy: boolean;
  upload: UploadState;
  signature: SignatureState;
  /** Where to post a handwritten dossier (the catalogue's payee), once known. */
  payee: Payee | null;
  /** Forgets the errors of `path` and below (the buyer changed it). */
  clearErrors(path: string): void;
  goTo(step: DossierStep): void;
  uploadDocument(file: File): void;
  /** A client-side refusal of a field (file too large…), shown and announced. */
  refuse(path: string, message: string): void;
  chooseSignature(method: SignatureMethod): void;
  /** `signer`'s code by SMS (the one the code field is for when left out). */
  requestCode(signer?: Signer): void;
  confirmCode(code: string): void;
  downloadPdf(): void;
  choosePaper(): void;
}

/** The label of a field path (`beneficiaire.person.firstName` → "Prénoms"), or ''. */
export function fieldName(locale: Locale, path: string): string {
  const last = path.split('.').at(-1) ?? '';
  const key = `dossier.field.${last}`;
  return isDossierKey(key) ? dossierText(locale, key) : '';
}

/** A phone number that does not break across lines (`06 12 34 56 78`, non-breaking spaces). */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

export function stepLabel(locale: Locale, step: DossierStep): string {
  return dossierText(locale, `dossier.step.${step}` as DossierKey);
}
