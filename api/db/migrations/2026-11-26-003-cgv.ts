import { type Kysely, sql } from 'kysely';

/**
 * The first version of the terms of sale (CGV) shown before ordering. A
 * sample text written for this demo, not CERTINOMIS's legal terms: a real
 * deployment publishes its own version with a later migration or the back
 * office. Frozen once landed.
 */
const articles: [string, string][] = [
  [
    '1 Objet',
    'Les présentes conditions générales de vente (CGV) régissent la commande, par un CLIENT, de certificats électroniques qualifiés délivrés par CERTINOMIS, autorité de certification, et des prestations associées (support cryptographique, lecteur, traitement express).',
  ],
  [
    '2 Définitions',
    'CLIENT : la personne morale qui passe commande. MANDATAIRE : la personne désignée par le représentant légal du CLIENT pour demander et révoquer des certificats. BÉNÉFICIAIRE : la personne physique à qui le certificat est délivré. CERTIFICAT : le certificat électronique qualifié de signature émis selon la politique de certification publiée par CERTINOMIS.',
  ],
  [
    '3 Commande',
    'La commande est passée en ligne. Elle porte sur une durée de validité unique et une quantité de 1 à 50 certificats. La validation de la commande emporte acceptation des présentes CGV et des politiques de certification. Un courriel de confirmation récapitule la commande et indique comment compléter chaque dossier de demande.',
  ],
  [
    '4 Dossier de demande',
    'Pour chaque certificat, le CLIENT complète un dossier : organisme, mandataire, bénéficiaire, mode de remise, vérification de l’identité du bénéficiaire et signature du dossier. Un dossier incomplet n’est pas traité. Les nom et prénoms du bénéficiaire doivent être identiques à ceux de sa pièce d’identité.',
  ],
  [
    '5 Prix',
    'Les prix sont indiqués en euros hors taxes ; la TVA au taux en vigueur s’y ajoute. Le lecteur au format clé USB est obligatoire pour un premier certificat CERTINOMIS. Le traitement express est facturé par certificat.',
  ],
  [
    '6 Paiement',
    'Le paiement s’effectue par mandat administratif pour les personnes publiques, par virement ou par chèque à la commande. Pour un virement ou un chèque, le certificat n’est produit qu’à réception du paiement. Le virement porte la référence de la commande.',
  ],
  [
    '7 Délais',
    'Le certificat est produit après réception du dossier complet, signé et vérifié. Avec l’option de traitement express, il est expédié en Chronopost dans les 48 heures suivant la réception du dossier complet.',
  ],
  [
    '8 Remise du certificat',
    'Le certificat est remis au mandataire ou au bénéficiaire, dans un bureau de poste ou par courrier lorsque l’identité a été vérifiée en ligne. Le code d’activation est transmis par un canal distinct.',
  ],
  [
    '9 Obligations du CLIENT',
    'Le CLIENT fournit des informations exactes et à jour, veille à la confidentialité des codes d’activation et demande sans délai la révocation d’un certificat compromis ou dont les informations sont devenues inexactes.',
  ],
  [
    '10 Responsabilité',
    'La responsabilité de CERTINOMIS est limitée aux dommages directs et prouvés résultant d’un manquement à ses obligations, dans les limites prévues par la politique de certification. CERTINOMIS n’intervient pas dans les relations entre les CLIENTS, MANDATAIRES ou BÉNÉFICIAIRES et les tiers utilisateurs des certificats.',
  ],
  [
    '11 Force majeure',
    'Aucune partie n’est responsable d’un retard ou d’une inexécution résultant d’un cas de force majeure au sens de l’article 1218 du Code civil.',
  ],
  [
    '12 Données personnelles',
    'Les données collectées sont traitées pour la délivrance et la gestion des certificats, conformément au règlement (UE) 2016/679. Les pièces justificatives sont conservées pendant la durée exigée par la réglementation applicable aux prestataires de services de confiance qualifiés.',
  ],
  [
    '13 Droit applicable et litiges',
    'Les présentes CGV sont soumises au droit français. À défaut d’accord amiable, tout litige relève des tribunaux compétents de Paris.',
  ],
];

const html = [
  '<h2>Conditions générales de vente — certificats CERTINOMIS</h2>',
  '<p><em>Texte d’exemple fourni avec la démonstration.</em></p>',
  ...articles.map(([title, body]) => `<h3>${title}</h3><p>${body}</p>`),
  '<p><strong>La validation du bon de commande manifeste la prise de connaissance et l’adhésion du CLIENT aux présentes conditions générales et aux politiques de certification.</strong></p>',
].join('\n');

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into cgv_documents (version, title, html, published_at)
            values ('2026-11-26', 'Conditions générales de vente', ${html}, '2026-11-26T00:00:00Z')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from cgv_documents where version = '2026-11-26'`.execute(db);
}
