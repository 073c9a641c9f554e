import { type Kysely, sql } from 'kysely';

/**
 * The USB reader's description in words a reseller's buyer can read: the seller is whoever the
 * buyer ordered from, so the text names CERTINOMIS only as the authority that issues the chip's
 * certificate, and the rule as the establishment's first certificate (the rule itself,
 * `mandatory_first_certificate`, is unchanged). Frozen once landed.
 */
const before = {
  fr: 'CERTINOMIS transmet une puce contenant le certificat ; cette puce doit être insérée dans le lecteur CERTINOMIS. Obligatoire si c’est votre premier certificat CERTINOMIS.',
  en: 'CERTINOMIS ships a chip holding the certificate; it goes into the CERTINOMIS reader. Mandatory for your first CERTINOMIS certificate.',
};
const after = {
  fr: 'Le certificat est livré sur une puce (émise par CERTINOMIS, autorité de certification) qui s’insère dans ce lecteur. Obligatoire pour le premier certificat d’un établissement.',
  en: 'The certificate comes on a chip (issued by CERTINOMIS, certification authority) that goes into this reader. Mandatory for an establishment’s first certificate.',
};

async function describe(db: Kysely<unknown>, texts: { fr: string; en: string }) {
  await sql`update product_options set description_fr = ${texts.fr}, description_en = ${texts.en}
    where code = 'usb_reader'`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await describe(db, after);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await describe(db, before);
}
