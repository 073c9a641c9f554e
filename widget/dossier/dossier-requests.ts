import type { DossierResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { DossierStep } from '../../machines/schemas/dossier.ts';
import type { CustomerDossierEvent, DossierClient } from '../dossier-client.ts';

/**
 * What `<certinomis-dossier>` lends its controllers (upload, SMS code): the dossier on screen,
 * the session's client, and its one way of running a request (busy, errors, failures shown).
 */
export interface DossierRequests {
  readonly locale: Locale;
  readonly accessToken: string;
  readonly client: DossierClient;
  /** The dossier as last read (null while loading). */
  readonly dossier: DossierResponse | null;
  /** The editing step on screen. */
  readonly step: DossierStep | null;
  /** A request is in flight. */
  readonly busy: boolean;
  /**
   * Runs one request that returns the dossier and shows it (`keep` stays on screen); a failure
   * is shown unless `recover` takes it (returns true). Resolves to null on failure.
   */
  run(
    call: () => Promise<DossierResponse>,
    keep?: DossierStep,
    recover?: (error: unknown) => boolean,
  ): Promise<DossierResponse | null>;
  /** Sends a customer event on the dossier on screen (`run` with the version read). */
  send(event: CustomerDossierEvent, keep?: DossierStep): Promise<DossierResponse | null>;
  /** A client-side refusal of a field, shown and announced (`focus`: moved to it). */
  refuse(path: string, message: string, focus?: boolean): void;
  /** Says `text` in the live region. */
  announce(text: string): void;
  /** Shows a refused request (fields, reload, general message). */
  fail(error: unknown): Promise<void>;
  /** Moves the focus, once rendered, to the screen's `[data-action="<action>"]` (else its heading). */
  focusAction(action: string): void;
  /** Where a download link may be attached for a moment. */
  readonly root: ParentNode;
}
