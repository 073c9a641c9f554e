import { commonFr } from './common-fr.ts';

/**
 * Texts of the client space once logged in (the lists of dossiers and certificates, the billing
 * documents, Renouveler, the revocation flow), French. Apart from space-fr.ts so that they
 * travel with those screens (widget/space/dashboard-screens.ts, a lazy part of its own), not
 * in the files the login loads.
 */
export const dashboardFr = {
  'dashboard.heading': 'Tableau de bord',
  'dossiers.heading': 'Vos demandes de certificats à compléter',
  'dossiers.all': 'Voir tout',
  'dossiers.product': 'Nom produit',
  'dossiers.status': 'Statut',
  'dossiers.action': 'Action',
  'dossiers.row': '{product} — {reference} du {date}',
  'dossiers.open': 'Compléter le dossier {reference} n° {n}',
  'dossiers.view': 'Voir le dossier {reference} n° {n}',
  'dossiers.viewShort': 'Voir',
  'dossiers.position': 'n° {n} / {total}',
  'dossiers.beneficiary': 'pour {name}',
  'dossiers.empty': 'Aucune demande de certificat pour le moment.',
  'dossiers.emptyFilter': 'Aucune demande avec ce statut.',
  'dossiers.loading': 'Chargement des demandes…',
  'dossiers.failed': 'La liste n’a pas pu être chargée.',
  'dossiers.retry': commonFr.retry,
  'dossiers.allHeading': 'Toutes vos demandes de certificats',
  'dossiers.filter': 'Statut',
  'dossiers.filterAll': 'Tous les statuts',
  'dossiers.more': 'Afficher plus',
  'dossiers.shown': '{n} demandes affichées.',
  'dossiers.shown.one': '{n} demande affichée.',
  'dossiers.back': '← Tableau de bord',

  'certificates.heading': 'Prochaines échéances des certificats',
  'certificates.identity': 'Identité',
  'certificates.beneficiary': 'Bénéficiaire',
  'certificates.status': 'Statut',
  'certificates.expiry': 'Expiration',
  'certificates.empty': 'PAS DE DONNÉES',
  'renewal.button': 'Renouveler',
  'renewal.buttonLabel': 'Renouveler le certificat {reference} de {name}',
  'renewal.renewedBy': 'Renouvelé → n° {reference}',
  'renewal.of': 'Renouvellement de {reference}',
  'renewal.heading': 'Renouvellement du certificat {reference}',
  'renewal.intro':
    'La commande est pré-remplie à partir du certificat qui expire : vérifiez chaque étape. Si vous gardez votre support actuel, le lecteur USB n’est pas nécessaire.',
  'renewal.back': '← Retour au tableau de bord',
  'renewal.loading': 'Chargement de la commande…',
  'renewal.failed': 'La commande n’a pas pu être chargée.',
  'renewal.retry': 'Réessayer',

  // Invoices and credit notes (Factur-X PDF and CII XML), each credit note under its invoice.
  'billing.heading': 'Factures et avoirs',
  'billing.document': 'Document',
  'billing.amount': 'Montant TTC',
  'billing.download': 'Télécharger',
  'billing.invoice': 'Facture {number} — {reference} du {date}',
  'billing.creditNote': 'Avoir {number} sur la facture {invoice}, du {date}',
  'billing.pdf': 'PDF (Factur-X) de {number}',
  'billing.xml': 'XML de {number}',
  'billing.empty': 'Aucune facture pour le moment.',

  // Revocation (widget/space/revocation-*.ts): the request, the e-mailed code, the public page.
  'revocation.request': 'Demander la révocation',
  'revocation.requestLabel': 'Demander la révocation du certificat de {name}',
  'revocation.pending': 'Révocation demandée',
  'revocation.pendingHelp': 'En attente de CERTINOMIS',
  'revocation.refused': 'Révocation refusée : le certificat reste valide.',
  'revocation.heading': 'Demander la révocation',
  'revocation.subject': 'Certificat de {name}, commande {reference}',
  'revocation.warning':
    'La révocation est définitive : le certificat ne permettra plus de signer et ne pourra pas être réactivé. Il faudra en commander un nouveau.',
  'revocation.reason': 'Motif de la révocation',
  'revocation.comment': 'Commentaire (facultatif)',
  'revocation.submit': 'Envoyer la demande',
  'revocation.submitting': 'Envoi…',
  'revocation.haveCode': 'J’ai déjà reçu un code',
  'revocation.close': 'Fermer',
  'revocation.sent':
    'Un code de révocation a été envoyé par e-mail au bénéficiaire et au mandataire ({n} destinataires). Saisissez-le avant le {date} à {time}.',
  'revocation.sent.one':
    'Un code de révocation a été envoyé par e-mail au bénéficiaire, qui est aussi le mandataire. Saisissez-le avant le {date} à {time}.',
  'revocation.codeIntro':
    'Saisissez le code de révocation reçu par e-mail par le bénéficiaire ou le mandataire (valable 72 heures).',
  'revocation.code': 'Code de révocation',
  'revocation.codeHelp': 'Reçu par e-mail, de la forme ABCD-EFGH-JKLM-NPQR-STUV.',
  'revocation.confirm': 'Confirmer la révocation',
  'revocation.confirming': 'Vérification…',
  'revocation.restart': 'Faire une nouvelle demande',
  'revocation.done':
    'Votre demande de révocation est confirmée et transmise à CERTINOMIS, qui la traite en priorité. Le certificat reste « Révocation demandée » jusqu’à sa révocation ; vous en serez informé par e-mail.',
  'revocation.doneAnnounce': 'Révocation demandée pour le certificat de {name}.',
  'revocation.revokedOn': 'Révoqué le {date} : {reason}',
  'revocationPage.heading': 'Révoquer un certificat',
  'revocationPage.intro':
    'Vous avez reçu un code de révocation par e-mail : saisissez-le pour confirmer la demande, sans compte ni accès à l’espace client.',
  'revocationPage.done':
    'Merci. Si ce code correspond à une demande de révocation en cours, elle est confirmée et transmise à CERTINOMIS, qui la traite en priorité ; le bénéficiaire et le mandataire seront informés par e-mail de la révocation.',
  'revocationPage.back': 'Aller à l’espace client',
} as const;

export type DashboardKey = keyof typeof dashboardFr;
