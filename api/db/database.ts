import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  ActorType,
  DossierStatus,
  Locale,
  OptionRule,
  OrderStatus,
  PartnerMode,
  PaymentMethod,
  PaymentStatus,
  Role,
  Signer,
} from '../../machines/contract.ts';

/**
 * The typed shape of the database, one interface per table. Column names are
 * snake_case as in SQL; amounts are integer cents, rates basis points
 * (2000 = 20 %). Keep in step with `migrations/`: a migration is frozen once
 * landed, so a change here always comes with a new migration. Closed lists (statuses, payment
 * methods, roles…) are the API contract's (machines/contract/lists.ts), re-exported below.
 */
export type { ActorType, OptionRule, OrderStatus, PartnerMode, PaymentMethod, PaymentStatus, Role };

export interface Database {
  products: ProductsTable;
  product_options: ProductOptionsTable;
  seller: SellerTable;
  registry_companies: RegistryCompaniesTable;
  cgv_documents: CgvDocumentsTable;
  cgv_translations: CgvTranslationsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  payments: PaymentsTable;
  cgv_acceptances: CgvAcceptancesTable;
  dossiers: DossiersTable;
  audit_events: AuditEventsTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  accounts: AccountsTable;
  login_attempts: LoginAttemptsTable;
  login_sources: LoginSourcesTable;
  email_tokens: EmailTokensTable;
  sessions: SessionsTable;
  throttles: ThrottlesTable;
  documents: DocumentsTable;
  document_blobs: DocumentBlobsTable;
  signature_codes: SignatureCodesTable;
  renewal_reminders: RenewalRemindersTable;
  revocation_requests: RevocationRequestsTable;
  invoice_counter: {
    id: number;
    last: number;
    /** Issue time of the invoice numbered `last` (the series is chronological). */
    last_issued_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  };
  invoices: InvoicesTable;
  credit_note_counter: { id: number; last: number };
  credit_notes: CreditNotesTable;
  refunds: RefundsTable;
  partners: PartnersTable;
  webhook_deliveries: WebhookDeliveriesTable;
  partner_users: PartnerUsersTable;
  partner_user_tokens: PartnerUserTokensTable;
  partner_sessions: PartnerSessionsTable;
}

type Json<T> = ColumnType<T, string, string>;

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProductsTable {
  code: string;
  position: number;
  label_fr: string;
  label_en: string;
  blurb_fr: string;
  blurb_en: string;
  features_fr: ColumnType<string[], string, string>;
  features_en: ColumnType<string[], string, string>;
  validity_years: number;
  price_ht_cents: number;
  vat_rate_bp: number;
  active: Generated<boolean>;
}

export interface ProductOptionsTable {
  code: string;
  position: number;
  label_fr: string;
  label_en: string;
  description_fr: string;
  description_en: string;
  price_ht_cents: number;
  vat_rate_bp: number;
  rule: OptionRule | null;
  active: Generated<boolean>;
}

/** The single seller / payee (id = 1): invoices and bank-transfer instructions. */
export interface SellerTable {
  id: number;
  legal_name: string;
  address: string;
  postal_code: string;
  city: string;
  country: string;
  siren: string;
  vat_number: string;
  bank_account_holder: string;
  iban: string;
  bic: string;
  bank_name: string;
  bank_branch: string;
  updated_at: Timestamp;
}

/** The development company registry (stand-in for the public search API). */
export interface RegistryCompaniesTable {
  siret: string;
  siren: string;
  name: string;
  legal_category: string;
  active: boolean;
  address: string;
  postal_code: string;
  city: string;
  previous_certificates: number;
}

export type Product = Selectable<ProductsTable>;
export type ProductOption = Selectable<ProductOptionsTable>;
export type Seller = Selectable<SellerTable>;
export type NewRegistryCompany = Insertable<RegistryCompaniesTable>;

export interface CgvDocumentsTable {
  version: string;
  title: string;
  html: string;
  published_at: Timestamp;
}

/** A CGV version in another language than the French original (migration 015). */
export interface CgvTranslationsTable {
  version: string;
  locale: Exclude<Locale, 'fr'>;
  title: string;
  html: string;
  published_at: Timestamp;
}

export interface OrdersTable {
  id: Generated<string>;
  reference: string;
  status: OrderStatus;
  product_code: string;
  quantity: number;
  usb_reader: boolean;
  express: boolean;
  /** Normalised (lowercase) e-mail of the person in charge: the client-space identifier. */
  email: string;
  locale: Locale;
  customer: Json<Record<string, string>>;
  billing: ColumnType<Record<string, string> | null, string | null, string | null>;
  siret: string;
  siren: string;
  organisation_name: string;
  public_administration: boolean;
  first_certificate: boolean;
  total_ht: number;
  total_vat: number;
  total_ttc: number;
  currency: Generated<string>;
  created_at: Timestamp;
  /** The partner whose key placed the order (null only for orders older than partners). */
  partner_id: string | null;
  /** False for orders placed with a test key: never in the back office's real queue. */
  livemode: Generated<boolean>;
  /** The dossier (certificate) this order renews; null for a first order. */
  renewal_of: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OrderLinesTable {
  order_id: string;
  position: number;
  code: string;
  label: string;
  quantity: number;
  unit_ht: number;
  total_ht: number;
  vat_rate_bp: number;
}

export interface PaymentsTable {
  order_id: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amount_cents: number;
  details: Json<Record<string, string>>;
  received_at: Timestamp | null;
}

export interface CgvAcceptancesTable {
  order_id: string;
  cgv_version: string;
  /** The language of the text accepted (migration 015). */
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  accepted_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export interface DossiersTable {
  id: Generated<string>;
  order_id: string;
  position: number;
  /** The order's SIREN (`orders.siren`, which never changes), for the issued-certificate index. */
  siren: string;
  status: Generated<DossierStatus>;
  version: Generated<number>;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_type: ActorType;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  event: string;
  from_state: string | null;
  to_state: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export type OutboxChannel = 'email' | 'sms' | 'webhook';

export interface OutboxTable {
  id: Generated<string>;
  channel: OutboxChannel;
  recipient: string;
  subject: string | null;
  text_body: string;
  html_body: string | null;
  payload: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  available_at: Timestamp;
  attempts: Generated<number>;
  last_error: string | null;
  sent_at: Timestamp | null;
  /** Webhooks only: set when retries stopped for good (3 days after the event). */
  failed_at: Timestamp | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status: 'in_flight' | 'done';
  response_status: number | null;
  response_body: ColumnType<unknown, string | null | undefined, string | null>;
  /** The body exactly as sent (replays are byte-identical); null on rows older than it. */
  response_text: string | null;
  response_content_type: string | null;
  /** The attempt holding an `in_flight` key: only it may complete or release the key. */
  attempt: string | null;
  /** Until when that attempt may finish (its time limit); past it a retry takes over. */
  lease_until: Timestamp | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export type OrderRow = Selectable<OrdersTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
export type NewIdempotencyKey = Insertable<IdempotencyKeysTable>;

export interface AccountsTable {
  id: Generated<string>;
  /** Normalised (lowercase) e-mail, unique. */
  email: string;
  /** `pbkdf2-sha256$<iterations>$<salt>$<hash>`: the KDF and its parameters travel with the hash. */
  password_hash: string;
  role: Generated<Role>;
  locale: Generated<Locale>;
  email_verified_at: Timestamp | null;
  created_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface LoginAttemptsTable {
  id_hash: string;
  account_id: string;
  /** The partner whose page started the login (null: CERTINOMIS's own): the session's partner. */
  partner_id: string | null;
  status: 'pending' | 'approved' | 'completed' | 'denied';
  created_at: Timestamp;
  expires_at: Timestamp;
  approved_at: Timestamp | null;
  /** Hash of the network that typed the password: a known login source once completed. */
  source_hash: string | null;
  /** When the owner answered «Ce n'était pas moi». */
  denied_at: Timestamp | null;
}

/** An (account, network) pair that completed a login: its correct password is never locked out. */
export interface LoginSourcesTable {
  account_id: string;
  source_hash: string;
  last_login_at: Timestamp;
}

export type EmailTokenPurpose = 'verify_email' | 'login' | 'login_deny' | 'password_reset';

export interface EmailTokensTable {
  token_hash: string;
  account_id: string;
  purpose: EmailTokenPurpose;
  login_attempt_hash: string | null;
  /** A registration's pending password (verify_email): what its confirmation activates. */
  password_hash: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  /** The partner the session was opened through: it only reads that partner's data. */
  partner_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ThrottlesTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export type DocumentContentType = 'image/jpeg' | 'image/png' | 'application/pdf';

export interface DocumentsTable {
  id: Generated<string>;
  dossier_id: string;
  kind: 'identity';
  content_type: DocumentContentType;
  size: number;
  sha256: string;
  storage_key: string;
  original_name: string | null;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
  /** The master key the re-wrap job last found the data key under (null: not looked at yet). */
  encryption_key_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DocumentBlobsTable {
  key: string;
  content_type: string;
  bytes: Uint8Array;
  created_at: Timestamp;
}

export interface SignatureCodesTable {
  id: Generated<string>;
  dossier_id: string;
  code_hash: string;
  dossier_version: number;
  /** Whose code: `mandataire` (rows written before two signers) or `beneficiaire`. */
  signer: ColumnType<Signer, Signer | undefined, Signer>;
  phone: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
}

export interface RevocationRequestsTable {
  id: Generated<string>;
  dossier_id: string;
  reason: string;
  comment: string;
  code_hash: string;
  requested_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
}

export interface RenewalRemindersTable {
  dossier_id: string;
  kind: '90_days' | '30_days';
  sent_at: Timestamp;
}

export interface InvoicesTable {
  id: Generated<string>;
  order_id: string;
  sequence: number;
  number: string;
  issued_at: Timestamp;
  /** ISO date (YYYY-MM-DD). */
  due_date: ColumnType<string, string, string>;
  /** False for the test series (orders placed with a test key): numbered TEST-FA…, apart. */
  livemode: Generated<boolean>;
  /** The whole invoice as issued (see api/invoices/invoice.ts `InvoiceDocument`). */
  document: ColumnType<unknown, string, string>;
}

/** A credit note (avoir) of a cancellation (see api/invoices/credit-note.ts). */
export interface CreditNotesTable {
  id: Generated<string>;
  order_id: string;
  invoice_id: string;
  livemode: boolean;
  sequence: number;
  number: string;
  issued_at: Timestamp;
  reason: string;
  /** The dossiers (certificates) this credit note cancels. */
  dossier_ids: Json<string[]>;
  /** The whole credit note as issued (`CreditNoteDocument`). */
  document: ColumnType<unknown, string, string>;
}

/** A received payment to pay back after a cancellation; done when `refunded_at` is set. */
export interface RefundsTable {
  id: Generated<string>;
  order_id: string;
  credit_note_id: string;
  amount_cents: number;
  method: PaymentMethod;
  created_at: Timestamp;
  refunded_at: Timestamp | null;
  refunded_by: string | null;
  refund_reference: string | null;
}

/** A site embedding the element, or a white-label reseller (see api/services/partners.ts). */
export interface PartnersTable {
  id: Generated<string>;
  slug: string;
  name: string;
  mode: PartnerMode;
  /** `pk_test_…` / `pk_live_…`: public, sent by the element as `X-Partner-Key`. */
  publishable_key: string;
  /** Hex SHA-256 of the `sk_…` secret key (shown once at creation). */
  secret_key_hash: string;
  /** The last four characters of the secret key, to tell keys apart in listings. */
  secret_key_hint: string;
  allowed_origins: ColumnType<string[], string | undefined, string>;
  branding: ColumnType<PartnerBrandingRow, string | undefined, string>;
  /** Where the partner's buyers complete their dossiers (its own page embedding the space), else ours. */
  client_space_url: string | null;
  webhook_url: string | null;
  /**
   * The HMAC key of the partner's webhooks: `enc:…` (encrypted at rest, api/services/partners.ts
   * `readWebhookSecret`), or a clear `whsec_…` from before encryption, sealed on first use.
   */
  webhook_secret: string | null;
  cgv_version: string | null;
  price_list: ColumnType<PartnerPriceListRow | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
  /** Rotation overlap (migration 013): the previous key or secret works until its expiry. */
  previous_secret_key_hash: ColumnType<string | null, string | null | undefined, string | null>;
  previous_secret_key_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  previous_publishable_key: ColumnType<string | null, string | null | undefined, string | null>;
  previous_publishable_key_expires_at: ColumnType<
    Date | null,
    Date | null | undefined,
    Date | null
  >;
  /** Sealed like `webhook_secret`; deliveries are signed with both until its expiry. */
  previous_webhook_secret: ColumnType<string | null, string | null | undefined, string | null>;
  previous_webhook_secret_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface PartnerBrandingRow {
  displayName?: string;
  logoUrl?: string | null;
  colors?: Record<string, string>;
  font?: string | null;
  defaultLocale?: Locale;
}

/** Prices (HT cents) replacing the catalogue's for this partner, by product or option code. */
export interface PartnerPriceListRow {
  products?: Record<string, number>;
  options?: Record<string, number>;
}

export type PartnerRow = Selectable<PartnersTable>;

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  /** The outbox row of the event (its id is the event id). */
  event_id: string;
  partner_id: string;
  event_type: string;
  attempt: number;
  url: string;
  attempted_at: Timestamp;
  response_status: number | null;
  error: string | null;
  duration_ms: number;
  succeeded: boolean;
  /** An attempt the partner asked for (replay), outside the retry schedule. */
  manual: Generated<boolean>;
}

export type PartnerUserRole = 'admin' | 'developer' | 'accounting';

/** A person of a partner using the portal (migration 013). */
export interface PartnerUsersTable {
  id: Generated<string>;
  partner_id: string;
  /** Normalised (lowercase) e-mail, unique across partners. */
  email: string;
  role: PartnerUserRole;
  /** Null until the invitation is accepted. */
  password_hash: string | null;
  locale: Generated<'fr' | 'en'>;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface PartnerUserTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'invite' | 'login';
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface PartnerSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}
