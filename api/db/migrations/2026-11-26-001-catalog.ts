import { type Kysely, sql } from 'kysely';

/**
 * Catalogue, seller and development company registry — frozen once landed.
 * The data below is the seeded default (SPEC §2, DOMAIN.md); operators change
 * it through later migrations or the back office, never in UI code.
 */

interface Tables {
  products: {
    code: string;
    position: number;
    label_fr: string;
    label_en: string;
    blurb_fr: string;
    blurb_en: string;
    features_fr: string;
    features_en: string;
    validity_years: number;
    price_ht_cents: number;
    vat_rate_bp: number;
  };
  product_options: {
    code: string;
    position: number;
    label_fr: string;
    label_en: string;
    description_fr: string;
    description_en: string;
    price_ht_cents: number;
    vat_rate_bp: number;
    rule: string | null;
  };
  seller: {
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
  };
  registry_companies: {
    siret: string;
    siren: string;
    name: string;
    legal_category: string;
    active: boolean;
    address: string;
    postal_code: string;
    city: string;
    previous_certificates: number;
  };
}

const featuresFr = [
  'Certificat de signature qualifié eIDAS sur support cryptographique',
  'Certification ETSI EN 319 411-2 (QCP-n-qscd)',
  'Marchés publics, flux PES et télétransmission des actes',
];
const featuresEn = [
  'Qualified eIDAS signature certificate on a cryptographic device',
  'ETSI EN 319 411-2 certified (QCP-n-qscd)',
  'Public procurement, PES flows and authentication for e-filing of acts',
];

const products = [1, 2, 3].map((years, index) => ({
  code: `OPE-AES-CAP-${years}A`,
  position: index + 1,
  label_fr: `Certificat Décideur - ${years} ${years === 1 ? 'an' : 'ans'}`,
  label_en: `Decision-maker certificate - ${years} ${years === 1 ? 'year' : 'years'}`,
  blurb_fr: 'Signature eIDAS et authentification',
  blurb_en: 'eIDAS signature and authentication',
  features_fr: JSON.stringify(featuresFr),
  features_en: JSON.stringify(featuresEn),
  validity_years: years,
  price_ht_cents: [11000, 18000, 25500][index] ?? 0,
  vat_rate_bp: 2000,
}));

const options = [
  {
    code: 'usb_reader',
    position: 1,
    label_fr: 'Lecteur format clé USB',
    label_en: 'USB key reader',
    description_fr:
      'CERTINOMIS transmet une puce contenant le certificat ; cette puce doit être insérée dans le lecteur CERTINOMIS. Obligatoire si c’est votre premier certificat CERTINOMIS.',
    description_en:
      'CERTINOMIS ships a chip holding the certificate; it goes into the CERTINOMIS reader. Mandatory for your first CERTINOMIS certificate.',
    price_ht_cents: 2000,
    vat_rate_bp: 2000,
    rule: 'mandatory_first_certificate',
  },
  {
    code: 'express',
    position: 2,
    label_fr: 'Option traitement Express',
    label_en: 'Express processing',
    description_fr:
      'Traitement prioritaire de votre dossier : le certificat est envoyé dans les 48 h en Chronopost après réception du dossier complet. S’il manque des informations, le dossier n’est pas considéré comme complet.',
    description_en:
      'Priority handling: the certificate is shipped by Chronopost within 48 hours of receiving the complete dossier. A dossier with missing information is not complete.',
    price_ht_cents: 5000,
    vat_rate_bp: 2000,
    rule: null,
  },
];

const companies = [
  {
    siret: '21750999100014',
    siren: '217509991',
    name: 'COMMUNE DE MOLIERE-SUR-SEINE',
    legal_category: '7210',
    active: true,
    address: '1 place de la Mairie',
    postal_code: '75010',
    city: 'PARIS',
    previous_certificates: 0,
  },
  {
    siret: '23750999700019',
    siren: '237509997',
    name: 'REGION ILE-DES-COMEDIENS',
    legal_category: '7230',
    active: true,
    address: '12 rue du Théâtre',
    postal_code: '75001',
    city: 'PARIS',
    previous_certificates: 0,
  },
  {
    siret: '21130999200017',
    siren: '211309992',
    name: 'COMMUNE DE SCAPIN',
    legal_category: '7210',
    active: true,
    address: '2 cours Belsunce',
    postal_code: '13001',
    city: 'MARSEILLE',
    previous_certificates: 2,
  },
  {
    siret: '81234567600017',
    siren: '812345676',
    name: 'MOLIERE COMPAGNIE',
    legal_category: '5710',
    active: true,
    address: '3 rue Boileau',
    postal_code: '75016',
    city: 'PARIS',
    previous_certificates: 0,
  },
  {
    siret: '81234567600025',
    siren: '812345676',
    name: 'MOLIERE COMPAGNIE - ETABLISSEMENT DE LYON',
    legal_category: '5710',
    active: true,
    address: '8 quai Saint-Antoine',
    postal_code: '69002',
    city: 'LYON',
    previous_certificates: 0,
  },
  {
    siret: '52345678800018',
    siren: '523456788',
    name: 'THEATRE DU PALAIS ROYAL',
    legal_category: '5499',
    active: true,
    address: '38 rue de Montpensier',
    postal_code: '75001',
    city: 'PARIS',
    previous_certificates: 1,
  },
  {
    siret: '48765432900019',
    siren: '487654329',
    name: 'ANCIENNE TROUPE DU MARAIS',
    legal_category: '5710',
    active: false,
    address: '5 rue Vieille-du-Temple',
    postal_code: '75004',
    city: 'PARIS',
    previous_certificates: 0,
  },
  {
    siret: '35600000010000',
    siren: '356000000',
    name: 'LA POSTE - AGENCE DE DEMONSTRATION',
    legal_category: '5599',
    active: true,
    address: '9 rue du Louvre',
    postal_code: '75001',
    city: 'PARIS',
    previous_certificates: 0,
  },
];

export async function up(db: Kysely<Tables>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('blurb_fr', 'text', (c) => c.notNull())
    .addColumn('blurb_en', 'text', (c) => c.notNull())
    .addColumn('features_fr', 'jsonb', (c) => c.notNull())
    .addColumn('features_en', 'jsonb', (c) => c.notNull())
    .addColumn('validity_years', 'integer', (c) => c.notNull().check(sql`validity_years > 0`))
    .addColumn('price_ht_cents', 'integer', (c) => c.notNull().check(sql`price_ht_cents >= 0`))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp >= 0`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('product_options')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('description_fr', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('price_ht_cents', 'integer', (c) => c.notNull().check(sql`price_ht_cents >= 0`))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().check(sql`vat_rate_bp >= 0`))
    .addColumn('rule', 'text', (c) => c.check(sql`rule in ('mandatory_first_certificate')`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('seller')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('legal_name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('siren', 'text', (c) => c.notNull())
    .addColumn('vat_number', 'text', (c) => c.notNull())
    .addColumn('bank_account_holder', 'text', (c) => c.notNull())
    .addColumn('iban', 'text', (c) => c.notNull())
    .addColumn('bic', 'text', (c) => c.notNull())
    .addColumn('bank_name', 'text', (c) => c.notNull())
    .addColumn('bank_branch', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('registry_companies')
    .addColumn('siret', 'text', (c) => c.primaryKey())
    .addColumn('siren', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_category', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('previous_certificates', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('registry_companies_siren_idx')
    .on('registry_companies')
    .column('siren')
    .execute();

  await db.insertInto('products').values(products).execute();
  await db.insertInto('product_options').values(options).execute();
  await db
    .insertInto('seller')
    .values({
      id: 1,
      legal_name: 'DOCAPOSTE CERTINOMIS',
      address: '45 BD PAUL VAILLANT COUTURIER',
      postal_code: '94200',
      city: 'IVRY-SUR-SEINE',
      country: 'FR',
      siren: '433998903',
      vat_number: 'FR59433998903',
      bank_account_holder: 'DOCAPOSTE CERTINOMIS',
      iban: 'FR7630003036400002050842442',
      bic: 'SOGEFRPP',
      bank_name: 'Société Générale',
      bank_branch: 'PARIS RIVE GAUCHE ENTREPRISES',
    })
    .execute();
  await db.insertInto('registry_companies').values(companies).execute();
}

export async function down(db: Kysely<Tables>): Promise<void> {
  for (const table of ['registry_companies', 'seller', 'product_options', 'products']) {
    await db.schema.dropTable(table).execute();
  }
}
