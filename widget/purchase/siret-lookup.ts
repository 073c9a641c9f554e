/**
 * The SIRET lookup of the order form: once the buyer typed a valid SIRET, `GET
 * /v1/organisations/{siret}` tells the machine what the organisation is (found, closed,
 * unknown, or the lookup failed), and the organisation's name and address fill the fields that
 * are empty or still hold the previous lookup's values.
 */
import type { OrganisationResponse } from '../../machines/contract.ts';
import type { PurchaseContext } from '../../machines/purchase/context.ts';
import {
  lookupStatusOf,
  type OrganisationLookupStatus,
} from '../../machines/purchase/organisation.ts';
import type { PurchaseEvent, PurchaseState } from '../../machines/purchase.machine.ts';
import { siretProblem } from '../../machines/rules/siret.ts';
import { type ApiClient, ApiError } from '../api-client.ts';

/** The states where the order form (and the SIRET lookup) is on screen. */
const FORM_STATES: readonly PurchaseState[] = [
  'identification',
  'options',
  'payment',
  'review',
  'submitting',
];

/** Filled from the SIRET lookup: the customer field and the answer's field. */
const LOOKUP_FIELDS = [
  ['companyName', 'name'],
  ['address', 'address'],
  ['postalCode', 'postalCode'],
  ['city', 'city'],
] as const;

/** What the lookup needs of the purchase element. */
export interface LookupHost {
  client(): ApiClient;
  /** The machine's context now. */
  context(): PurchaseContext;
  /** Sends a machine event as is (lookup events). */
  send(event: PurchaseEvent): void;
  /** Sends the fields the lookup filled in, as if the buyer typed them. */
  fill(values: Record<string, string>): void;
  /** The API is unreachable or failing (not a 404: an unknown SIRET). */
  failed(error: ApiError): void;
}

export class SiretLookup {
  private abort: AbortController | null = null;
  /** The SIRET whose lookup is about to start (not twice for one change). */
  private scheduled: string | null = null;
  /** The values the last lookup filled in (replaced by the next lookup unless edited). */
  private filled: Partial<Record<string, string>> = {};

  constructor(private readonly host: LookupHost) {}

  /** After each machine change: looks the SIRET up once it is valid and not yet looked up. */
  watch(state: PurchaseState, context: PurchaseContext): void {
    const siret = context.customer.siret ?? '';
    if (
      context.organisationStatus === 'idle' &&
      FORM_STATES.includes(state) &&
      siretProblem(siret) === null &&
      this.scheduled !== siret
    ) {
      this.scheduled = siret;
      queueMicrotask(() => {
        this.scheduled = null;
        void this.lookup(siret);
      });
    }
  }

  /** `GET /v1/organisations/{siret}`, then fills the organisation's address. */
  async lookup(siret: string): Promise<void> {
    const { host } = this;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    host.send({ type: 'purchase.lookupStarted', siret });
    let found: OrganisationResponse | null = null;
    let status: OrganisationLookupStatus;
    try {
      found = await host.client().getOrganisation(siret, abort.signal);
      status = lookupStatusOf(found);
    } catch (error) {
      if (abort.signal.aborted) return;
      status = error instanceof ApiError && error.status === 404 ? 'unknown' : 'error';
      if (
        status === 'error' &&
        error instanceof ApiError &&
        (error.isNetwork || error.status >= 500)
      ) {
        host.failed(error);
      }
    }
    const organisation = found && {
      siret: found.siret,
      name: found.name,
      active: found.active,
      publicAdministration: found.publicAdministration,
      firstCertificate: found.firstCertificate,
      legalCategory: found.legalCategory,
    };
    host.send({ type: 'purchase.organisationResolved', siret, organisation, status });
    if (found && status === 'found' && host.context().organisation?.siret === found.siret) {
      this.fillFrom(found);
    }
  }

  /** Fills the organisation's fields that are empty or still hold the previous lookup's values. */
  private fillFrom(found: OrganisationResponse) {
    const customer = this.host.context().customer;
    const values: Record<string, string> = {};
    for (const [field, source] of LOOKUP_FIELDS) {
      const current = (customer[field] ?? '').trim();
      if (current === '' || current === this.filled[field]) values[field] = found[source];
    }
    this.filled = Object.fromEntries(
      LOOKUP_FIELDS.map(([field, source]) => [field, found[source]]),
    );
    if (Object.keys(values).length > 0) this.host.fill(values);
  }
}
