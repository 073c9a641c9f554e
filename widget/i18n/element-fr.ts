import { commonFr } from './common-fr.ts';
import { shellFr } from './shell-fr.ts';

/** Interface texts of the element, French (default; wording of the seed's screens). */
export const elementFr = {
  ...shellFr,

  'order.title': 'Commande du certificat',
  'quantity.intro': 'Sélectionnez le nombre de certificats souhaités.',
  'quantity.note':
    'Il n’est pas possible de commander en une seule fois des certificats avec une durée de validité différente. Si nécessaire, passez plusieurs commandes.',
  'quantity.help': 'De 1 à 50 certificats.',
  'summary.title': 'Récapitulatif',
  'summary.product': 'Produit',
  'summary.quantity': 'Quantité',
  'summary.lineHt': 'Montant HT',
  'summary.ht': 'Montant HT',
  'summary.vat': 'TVA ({rate} %)',
  'summary.ttc': 'Montant TTC',
  'summary.loading': 'Calcul du montant…',
  'summary.failed': 'Le montant n’a pas pu être calculé.',
  'summary.perCertif': '{price} HT/certif',

  'form.title': 'Formulaire de commande',
  'form.intro':
    'Merci d’inscrire les coordonnées de la personne en charge de la saisie du dossier de demande de certificat.',
  'form.steps': 'Étapes de la commande',
  'form.done': 'terminée',
  'form.errors': commonFr.errors,
  'form.errors.one': commonFr.errorsOne,
  'form.required': commonFr.required,
  'step.identification': 'Identification client',
  'step.options': 'Options',
  'step.payment': 'Paiement',
  'step.review': 'Récapitulatif et CGV',

  'button.cancel': 'Annuler',
  'button.reset': 'Réinitialiser',
  'button.back': '← Retour',
  'button.next': 'Suivant →',
  'button.order': 'Commander',
  'button.ordering': 'Commande en cours…',
  'button.retry': commonFr.retry,
  'button.close': 'Fermer',
  'button.newOrder': 'Nouvelle commande',
  'confirm.resetQuestion': 'Effacer tout ce que vous avez saisi ?',
  'confirm.resetYes': 'Oui, tout effacer',
  'confirm.cancelQuestion': 'Abandonner cette commande ? Ce que vous avez saisi sera effacé.',
  'confirm.cancelYes': 'Oui, abandonner',
  'confirm.keep': 'Non, continuer',
  'buttons.label': 'Actions',

  'identification.intro':
    'Renseignez les informations de la personne qui aura accès au dossier de commande. Il ne s’agit pas obligatoirement du futur détenteur du certificat, mais d’un tiers qui se charge de suivre le dossier de commande.',
  'identification.emailHelp':
    'L’adresse mail indiquée est importante car il s’agit de l’identifiant permettant de suivre le statut de la commande.',
  'identification.billingDifferent': 'Les informations de facturation sont différentes',
  'identification.billing': 'Informations de facturation',
  'identification.choose': 'Choisir…',
  'identification.mme': 'Madame',
  'identification.mr': 'Monsieur',
  'identification.siretFound': 'Établissement trouvé : {name}.',
  'identification.siretCheck': 'Vérifier le SIRET',
  'field.customer.civility': 'Civilité',
  'field.customer.firstName': 'Prénom',
  'field.customer.lastName': 'Nom',
  'field.customer.email': 'E-mail',
  'field.customer.emailConfirmation': 'Vérification de l’e-mail',
  'field.customer.phone': 'Téléphone',
  'field.customer.country': 'Pays',
  'field.customer.companyName': 'Raison sociale',
  'field.customer.siret': 'SIRET',
  'field.customer.address': 'Adresse',
  'field.customer.postalCode': 'Code postal',
  'field.customer.city': 'Ville',
  'field.billing.companyName': 'Raison sociale (facturation)',
  'field.billing.address': 'Adresse (facturation)',
  'field.billing.postalCode': 'Code postal (facturation)',
  'field.billing.city': 'Ville (facturation)',
  'field.billing.country': 'Pays (facturation)',
  'field.billing.email': 'E-mail de facturation',
  'field.quantity': 'Nombre de certificats',
  'field.options.usbReader': 'Lecteur format clé USB',
  'field.options.express': 'Option traitement Express',
  'field.payment.method': 'Mode de paiement',
  'field.payment.siret': 'SIRET',
  'field.payment.serviceCode': 'Code service',
  'field.payment.chorusOrderNumber': 'Numéro commande Chorus',
  'field.payment.transferReference': 'Référence du virement',
  'field.payment.chequeNumber': 'Numéro de chèque',
  'field.payment.bank': 'Banque',
  'field.cgvAccepted': 'CGV',
  'field.cgvVersion': 'CGV',
  'field.product': 'Produit',

  'options.intro': 'Sélectionnez les options souhaitées :',
  'options.usbMandatory': 'obligatoire pour le premier certificat de votre établissement',
  'options.usbLocked':
    'Premier certificat pour cet établissement : le lecteur format clé USB est obligatoire.',

  'payment.intro': 'Choisissez le mode de paiement.',
  'payment.mandate': 'Mandat administratif',
  'payment.transfer': 'Virement à la commande',
  'payment.cheque': 'Chèque à la commande',
  'payment.mandateWhy': 'Pourquoi pas de mandat administratif ?',
  'payment.mandateReason':
    'Le mandat administratif n’est proposé que si le SIRET correspond à une administration publique.',
  'payment.mandateIntro':
    'Le mandat administratif nécessite la saisie de 3 informations (Chorus Pro).',
  'payment.siretHelp': 'Le SIRET de l’organisme',
  'payment.serviceCodeHelp':
    'Le code service identifie, dans Chorus Pro, le service de votre organisme qui reçoit la facture (annuaire des structures publiques de Chorus Pro) ; votre service financier vous le donne.',
  'payment.chorusHelp':
    'Le numéro d’engagement (bon de commande) que votre service financier a attribué à cette dépense ; il figure sur votre bon de commande.',
  'payment.transferIntro':
    'Le paiement par virement devra être effectif pour que le certificat soit créé et envoyé.',
  'payment.holder': 'Titulaire du compte',
  'payment.holderHelp':
    'Merci d’effectuer votre virement sur le compte ci-dessous ; veillez à bien indiquer dans votre ordre de virement la référence de la commande concernée.',
  'payment.rib': 'RIB',
  'payment.bankCode': 'Code banque',
  'payment.branchCode': 'Code guichet',
  'payment.account': 'Numéro de compte',
  'payment.ribKey': 'Clé RIB',
  'payment.iban': 'IBAN',
  'payment.bic': 'BIC',
  'payment.domiciliation': 'Domiciliation',
  'payment.referenceHelp':
    'Votre propre référence (par exemple votre numéro de bon de commande), demandée avant la commande pour rapprocher votre virement. Cette référence devra se retrouver dans le libellé du virement, suivie de la référence de la commande (attribuée quand vous commandez) : le libellé complet à recopier vous est donné à la confirmation.',
  'payment.chequeIntro':
    'Pour le paiement par chèque, celui-ci devra avoir été reçu pour que le certificat soit créé et envoyé.',
  'review.payment.mandate':
    'SIRET {siret}, code service {serviceCode}, numéro d’engagement {chorus}',
  'review.payment.transfer':
    'Référence du virement : {reference} (suivie de la référence de la commande)',
  'review.payment.cheque': 'Chèque n° {number}, {bank}',
  'payment.chequeNumberHelp': 'Saisir le numéro du chèque (7 chiffres)',
  'payment.bankHelp': 'Indiquer le nom de la banque',

  'review.intro':
    'Vérifiez votre commande puis acceptez les CGV pour pouvoir commander le certificat.',
  'review.buyer': 'Commande passée par',
  'review.method': 'Paiement',
  'review.cgv': 'Acceptation des CGV',
  'review.cgvTitle': 'Conditions générales de vente',
  'review.readCgv': 'Lire les CGV',
  'review.cgvHint': 'Il faut parcourir toutes les CGV pour pouvoir confirmer.',
  'review.cgvAccepted': 'Vous avez lu et accepté les CGV (version {version}).',
  'review.cgvLoading': 'Chargement des CGV…',
  'review.cgvScroll': 'Faites défiler les CGV jusqu’en bas du document pour pouvoir les accepter.',
  'review.accept': 'J’ai lu et accepte les CGV',
  'review.networkError':
    'La commande n’a pas pu être envoyée : le service est injoignable. Vos informations sont conservées.',
  'review.inFlight': 'Votre commande est en cours de traitement. Réessayez dans un instant.',
  'review.failed': 'La commande n’a pas pu être enregistrée.',
  'review.fix': 'Corrigez les informations signalées :',

  'confirm.title': 'Commande enregistrée',
  'confirm.reference': 'Référence de la commande',
  'confirm.email': 'Un e-mail de confirmation a été envoyé à {email}.',
  'confirm.next':
    'Il est important de cliquer sur le lien présent dans le mail et de continuer la commande : créez votre compte dans l’espace client avec cette adresse e-mail, puis complétez un dossier par certificat.',
  'confirm.space': 'Accéder à l’espace client',
  'confirm.payTitle': 'Règlement',
  'confirm.transfer':
    'Effectuez un virement de {amount} au compte ci-dessous. Le certificat ne sera produit qu’à réception du paiement.',
  'confirm.label': 'Libellé du virement à indiquer',
  'confirm.cheque':
    'Envoyez un chèque de {amount} à l’ordre de {payee} à l’adresse : {address}. Le certificat ne sera produit qu’à réception du paiement.',
  'confirm.mandate':
    'Paiement par mandat administratif : la facture sera déposée sur Chorus Pro (SIRET {siret}, code service {serviceCode}, engagement {chorus}), payable sous {days} jours.',
} as const;

export type UiKey = keyof typeof elementFr;
