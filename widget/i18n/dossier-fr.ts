import { commonFr } from './common-fr.ts';

/**
 * Texts of the dossier completion (`<certinomis-dossier>`), French (default; wording of the
 * seed's "Finalisation de la commande" pages). A table of its own, next to the element's, so
 * that it travels with the dossier screens and not in the partner's purchase bundle.
 */
export const dossierFr = {
  // --- Dossier completion (widget/dossier/) -------------------------------------------------
  'dossier.loading': 'Chargement du dossier…',
  'dossier.title': 'Dossier de demande de certificat',
  'dossier.orderLine': '{product} — {reference} du {date} (certificat {position} sur {quantity})',
  'dossier.status': 'Statut du dossier',
  'dossier.steps': 'Étapes du dossier',
  'dossier.done': 'terminée',
  'dossier.locked': 'pas encore accessible',
  'dossier.goTo': 'Aller à l’étape {n} : {label}',
  'dossier.stale': 'Le dossier a été modifié entre-temps : vérifiez puis recommencez.',
  'dossier.unreachable': commonFr.network,
  'dossier.failed': commonFr.failed,
  'dossier.notFound': 'Ce dossier est introuvable.',
  'dossier.sessionExpired': 'Votre session a expiré : reconnectez-vous pour continuer.',
  'dossier.throttled': 'Trop de demandes : réessayez dans {n} s.',
  'dossier.retry': commonFr.retry,
  'dossier.errors': commonFr.errors,
  'dossier.errors.one': commonFr.errorsOne,
  'dossier.required': commonFr.required,
  'dossier.saving': 'Enregistrement…',
  'dossier.choose': 'Choisir…',
  'dossier.mme': 'Madame',
  'dossier.mr': 'Monsieur',

  'dossier.step.organisation': 'Organisme',
  'dossier.step.mandataire': 'Mandataire',
  'dossier.step.beneficiaire': 'Bénéficiaire',
  'dossier.step.delivery': 'Remise',
  'dossier.step.identity': 'Identité',
  'dossier.step.signature': 'Signature',
  'dossier.heading.organisation': 'Organisme',
  'dossier.heading.mandataire': 'Mandataire',
  'dossier.heading.beneficiaire': 'Bénéficiaire du certificat',
  'dossier.heading.delivery': 'Remise du certificat',
  'dossier.heading.identity': 'Vérification de l’identité du bénéficiaire',
  'dossier.heading.signature': 'Signature du dossier',

  'dossier.field.siret': 'SIRET',
  'dossier.field.name': 'Raison sociale',
  'dossier.field.address': 'Adresse',
  'dossier.field.postalCode': 'Code postal',
  'dossier.field.city': 'Ville',
  'dossier.field.country': 'Pays',
  'dossier.field.civility': 'Civilité',
  'dossier.field.firstName': 'Prénoms',
  'dossier.field.lastName': 'Nom',
  'dossier.field.email': 'E-mail',
  'dossier.field.mobile': 'Téléphone mobile',
  'dossier.field.function': 'Fonction',
  'dossier.field.recipient': 'Le certificat est remis à',
  'dossier.field.mode': 'Mode de remise',
  'dossier.field.method': 'Mode',
  'dossier.identity.method': 'Mode de vérification',
  'dossier.signature.method': 'Mode de signature',
  'dossier.field.file': 'Pièce d’identité du bénéficiaire',
  'dossier.field.code': 'Code reçu par SMS',

  'dossier.organisation.intro':
    'L’organisme pour lequel le certificat est demandé, pré-rempli avec celui de la commande : vérifiez-le.',
  'dossier.mandataire.intro':
    'Le mandataire est la personne qui pourra autoriser une demande de certificat et sa révocation. C’est lui qui signe le dossier : le code de signature est envoyé par SMS sur son mobile.',
  'dossier.renewal.prefilled':
    'Pré-rempli à partir du certificat {reference} que cette commande renouvelle : vérifiez, modifiez si besoin, puis confirmez.',
  'dossier.mandataire.prefilled':
    'Pré-rempli avec la personne qui a passé la commande : modifiez-le si le mandataire est une autre personne.',
  'dossier.mandataire.notMobile':
    'Le numéro donné à la commande ({phone}) n’est pas un mobile : indiquez un mobile (06 ou 07) pour recevoir le code de signature.',
  'dossier.mobileHelp': 'Mobile français : 06 ou 07.',
  'dossier.beneficiaire.intro': 'Le bénéficiaire est la personne qui utilisera le certificat.',
  'dossier.beneficiaire.same': 'Le bénéficiaire est le mandataire',
  'dossier.beneficiaire.sameName': 'Le certificat sera établi au nom de {name}.',
  'dossier.beneficiaire.person': 'Le bénéficiaire',
  'dossier.namesHelp': 'Nom et prénoms exactement comme sur la pièce d’identité.',
  'dossier.delivery.intro':
    'Indiquez à qui sera remis le certificat (le mandataire ou le bénéficiaire directement), et comment.',
  'dossier.delivery.mandataire': 'Le mandataire',
  'dossier.delivery.beneficiaire': 'Le bénéficiaire',
  'dossier.delivery.post_office': 'Dans un bureau de poste',
  'dossier.delivery.mail': 'Par courrier',
  'dossier.delivery.onePerson':
    'Le bénéficiaire est le mandataire : le certificat sera remis à {name}.',
  'dossier.delivery.mailTo': 'Le certificat sera envoyé par courrier à :',
  'dossier.delivery.changeAddress': 'Changer l’adresse (étape {label})',
  'dossier.delivery.mailHelp':
    'Seulement si vous choisissez une vérification de l’identité en ligne (étape suivante).',
  'dossier.delivery.mailDisabled':
    'Indisponible : vous avez choisi la vérification d’identité en face à face dans un bureau de poste.',
  'dossier.identity.intro':
    'Vérification de l’identité du bénéficiaire : pour des questions de sécurité, cette étape est obligatoire.',
  'dossier.identity.online': 'En ligne, après scan d’une pièce d’identité',
  'dossier.identity.onlineHelp':
    'Déposez le scan ou la photo de la pièce d’identité du bénéficiaire (carte d’identité, passeport).',
  'dossier.identity.face_to_face': 'En face à face, dans un bureau de poste',
  'dossier.identity.faceHelp':
    'Le bénéficiaire présente sa pièce d’identité dans un bureau de poste.',
  'dossier.identity.fileHelp': 'JPEG, PNG ou PDF, 10 Mo au plus.',
  'dossier.identity.sending': 'Envoi de la pièce… {percent} %',
  'dossier.identity.received': 'Pièce reçue le {date} à {time}.',
  'dossier.identity.pending': 'Elle sera vérifiée avant l’émission du certificat.',
  'dossier.identity.verified': 'Identité vérifiée.',
  'dossier.identity.refused': 'La pièce d’identité a été refusée : {reason}',
  'dossier.identity.uploadAgain': 'Déposez une nouvelle pièce d’identité.',
  'dossier.identity.replace': 'Pour la remplacer, choisissez un autre fichier.',
  'dossier.signature.intro':
    'Une fois toutes ces informations renseignées, il reste à signer le dossier.',
  'dossier.signature.online': 'Signature en ligne',
  'dossier.signature.onlineHelp':
    'Par un code reçu par SMS sur le mobile du mandataire : il n’est pas utile d’avoir un certificat eIDAS valide.',
  'dossier.signature.handwritten': 'Signature manuscrite',
  'dossier.signature.handwrittenHelp':
    'Le dossier est imprimé, signé, puis envoyé par courrier à l’adresse indiquée dessus.',
  'dossier.signature.choose': 'Choisir ce mode de signature',
  'dossier.signature.incomplete': 'Le dossier n’est pas encore complet :',
  'dossier.signature.fix': 'Compléter l’étape {label}',
  'dossier.signature.review': 'Vérifiez le dossier avant de le signer.',
  'dossier.signature.codeTo': 'Le code est envoyé par SMS au mobile du mandataire, {phone}.',
  'dossier.signature.bothSign':
    'Le mandataire et le bénéficiaire signent chacun le dossier, avec le code reçu par SMS sur leur propre mobile, dans l’ordre de votre choix.',
  'dossier.signature.signers': 'Signataires',
  'dossier.signature.toSign': 'À signer',
  'dossier.signature.signedOn': 'Signé le {date} à {time}',
  'dossier.signature.sendCodeTo': 'Envoyer le code à {name} ({phone})',
  'dossier.signature.codeFor': 'Code de {name} :',
  'dossier.signature.sendCode': 'Recevoir le code par SMS',
  'dossier.signature.codeSent': 'Code envoyé au {phone}. Il expire à {time}.',
  'dossier.signature.codeSentEarlier': 'Un code a été envoyé à {time}.',
  'dossier.signature.codeHelp': 'Les 6 chiffres reçus par SMS.',
  'dossier.signature.confirm': 'Valider',
  'dossier.signature.confirming': 'Validation…',
  'dossier.signature.resend': 'Renvoyer le code',
  'dossier.signature.resendIn': 'Vous pourrez renvoyer le code dans {n} s.',
  'dossier.signature.download': 'Télécharger le dossier (PDF)',
  'dossier.signature.downloading': 'Préparation du PDF…',
  'dossier.signature.downloaded': 'Dossier téléchargé : imprimez-le et signez-le.',
  'dossier.signature.postTo': 'Envoyez le dossier signé par courrier à :',
  'dossier.signature.paperDone': 'J’ai imprimé et signé le dossier',
  'dossier.signature.after':
    'Quand le dossier est complet, signé et reçu, le certificat sera généré et envoyé selon le mode de réception choisi.',

  'dossier.summary.title': 'Récapitulatif du dossier',
  'dossier.summary.readOnly': 'Le dossier est signé : il ne peut plus être modifié.',
  'dossier.summary.sameAsMandataire': 'Le mandataire ({name})',
  'dossier.summary.signedOnline': 'signé le {date} à {time}',
  'dossier.summary.signedPaper': 'déclarée le {date}, dossier à envoyer par courrier',
  'dossier.summary.paperReceived': 'dossier papier reçu',
  'dossier.summary.waiting': 'En attente :',
  'dossier.summary.certificate': 'Certificat n° {serial}, valable jusqu’au {date}.',
  'dossier.summary.shipped': 'Expédié le {date} par {carrier}, numéro de suivi : {tracking}.',
  'dossier.summary.atPostOffice': 'Disponible en bureau de poste depuis le {date}.',
  'dossier.summary.reason': 'Motif : {reason}',
  'dossier.summary.none': 'Non renseigné',
} as const;

export type DossierKey = keyof typeof dossierFr;
