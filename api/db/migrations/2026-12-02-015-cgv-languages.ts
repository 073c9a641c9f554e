import { type Kysely, sql } from 'kysely';

/**
 * The terms of sale per language. Frozen once landed.
 *
 * - `cgv_translations`: a version of the CGV in another language than the
 *   French original (`cgv_documents`), each language published on its own
 *   (`published_at`); a version without a text in the buyer's language is
 *   served in French.
 * - `cgv_acceptances.locale`: the language of the text the buyer accepted
 *   (`fr` for the orders placed before).
 * - The demo's English text of version 2026-11-26, for its English-speaking
 *   reseller (a sample written for this demo, not CERTINOMIS's legal terms).
 */
const articles: [string, string][] = [
  [
    '1 Purpose',
    'These general terms and conditions of sale (CGV) govern the order, by a CUSTOMER, of qualified electronic certificates issued by CERTINOMIS, certification authority, and of the related services (cryptographic device, reader, express processing).',
  ],
  [
    '2 Definitions',
    'CUSTOMER: the legal entity placing the order. MANDATAIRE (certification agent): the person appointed by the CUSTOMER’s legal representative to apply for and revoke certificates. BENEFICIARY: the natural person to whom the certificate is issued. CERTIFICATE: the qualified electronic signature certificate issued under the certification policy published by CERTINOMIS.',
  ],
  [
    '3 Order',
    'The order is placed online. It covers a single validity period and a quantity of 1 to 50 certificates. Confirming the order means accepting these CGV and the certification policies. A confirmation e-mail summarises the order and explains how to complete each application dossier.',
  ],
  [
    '4 Application dossier',
    'For each certificate, the CUSTOMER completes a dossier: organisation, mandataire, beneficiary, delivery mode, identity check of the beneficiary and signature of the dossier. An incomplete dossier is not processed. The beneficiary’s surname and first names must be identical to those on their identity document.',
  ],
  [
    '5 Prices',
    'Prices are shown in euros excluding VAT; VAT at the applicable rate is added. The USB-key reader is required for a first CERTINOMIS certificate. Express processing is charged per certificate.',
  ],
  [
    '6 Payment',
    'Public bodies pay by administrative mandate; others pay by bank transfer or cheque when ordering. For a transfer or a cheque, the certificate is produced only once the payment is received. The transfer carries the order reference.',
  ],
  [
    '7 Lead times',
    'The certificate is produced once the complete, signed and checked dossier is received. With the express processing option, it is shipped by Chronopost within 48 hours of receipt of the complete dossier.',
  ],
  [
    '8 Delivery of the certificate',
    'The certificate is handed to the mandataire or the beneficiary, at a post office, or sent by post when the identity was checked online. The activation code is sent through a separate channel.',
  ],
  [
    '9 Obligations of the CUSTOMER',
    'The CUSTOMER provides accurate and up-to-date information, keeps the activation codes confidential and asks without delay for the revocation of a certificate that is compromised or whose information is no longer accurate.',
  ],
  [
    '10 Liability',
    'CERTINOMIS’s liability is limited to direct and proven damage resulting from a breach of its obligations, within the limits set by the certification policy. CERTINOMIS takes no part in the relations between CUSTOMERS, MANDATAIRES or BENEFICIARIES and third parties relying on the certificates.',
  ],
  [
    '11 Force majeure',
    'Neither party is liable for a delay or failure resulting from force majeure within the meaning of article 1218 of the French Civil Code.',
  ],
  [
    '12 Personal data',
    'The data collected are processed to issue and manage the certificates, in accordance with Regulation (EU) 2016/679. Supporting documents are kept for the period required by the rules applicable to qualified trust service providers.',
  ],
  [
    '13 Governing law and disputes',
    'These CGV are governed by French law. Failing an amicable settlement, any dispute falls within the jurisdiction of the competent courts of Paris. The French text prevails over this translation.',
  ],
];

const html = [
  '<h2>General terms and conditions of sale — CERTINOMIS certificates</h2>',
  '<p><em>Sample text provided with the demonstration.</em></p>',
  ...articles.map(([title, body]) => `<h3>${title}</h3><p>${body}</p>`),
  '<p><strong>Confirming the order form shows that the CUSTOMER has read and accepts these general terms and conditions and the certification policies.</strong></p>',
].join('\n');

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cgv_translations')
    .addColumn('version', 'text', (c) =>
      c.notNull().references('cgv_documents.version').onDelete('cascade'),
    )
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('cgv_translations_pkey', ['version', 'locale'])
    .execute();
  await db.schema
    .alterTable('cgv_acceptances')
    .addColumn('locale', 'text', (c) =>
      c.notNull().defaultTo('fr').check(sql`locale in ('fr', 'en')`),
    )
    .execute();
  await sql`insert into cgv_translations (version, locale, title, html, published_at)
            select version, 'en', 'General terms and conditions of sale', ${html}, '2026-12-02T00:00:00Z'
            from cgv_documents where version = '2026-11-26'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cgv_acceptances').dropColumn('locale').execute();
  await db.schema.dropTable('cgv_translations').execute();
}
