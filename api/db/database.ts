import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * The typed shape of the database, one interface per table. Column names are
 * snake_case as in SQL; amounts are integer cents, rates basis points
 * (2000 = 20 %). Keep in step with `migrations/`: a migration is frozen once
 * landed, so a change here always comes with a new migration.
 */
export interface Database {
  products: ProductsTable;
  product_options: ProductOptionsTable;
  seller: SellerTable;
  registry_companies: RegistryCompaniesTable;
}

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

export type OptionRule = 'mandatory_first_certificate';

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
