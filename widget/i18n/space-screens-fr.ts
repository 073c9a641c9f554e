/**
 * Texts of the client space's screens that come with its machine part (widget/space/
 * space-machine-part.ts), French: the link awaited or opened, S'enregistrer, the password
 * reset, «Ce n'était pas moi», the account box and a signed dossier's news. Not in
 * space-fr.ts, which travels with the login screen painted before that part (issue 16).
 */
export const spaceScreensFr = {
  'await.heading': 'Vérifiez votre boîte mail',
  'await.sent': 'Un lien de connexion vient d’être envoyé à {email}.',
  'await.explain':
    'Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.',
  'await.until': 'Le lien est valable jusqu’à {time} et ne sert qu’une fois.',
  'await.waiting': 'En attente de l’ouverture du lien…',
  'await.spam':
    'Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.',
  'verifying.login': 'Connexion en cours…',
  'verifying.email': 'Confirmation de votre adresse e-mail…',
  'approved.heading': 'Connexion approuvée',
  'approved.text':
    'Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.',
  'approved.close': 'Vous pouvez fermer cette fenêtre.',
  'approved.here': 'Se connecter dans cette fenêtre',
  'linkInvalid.heading': 'Lien invalide ou expiré',
  'linkInvalid.text':
    'Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).',
  'linkInvalid.again': 'Connectez-vous à nouveau pour recevoir un nouveau lien.',
  'register.heading': 'S’enregistrer',
  'register.intro':
    'Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.',
  'register.emailHelp':
    'Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.',
  'register.passwordHelp':
    'Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.',
  'register.submit': 'S’enregistrer',
  'register.submitting': 'Enregistrement…',
  'register.haveAccount': 'Déjà un compte ?',
  'registered.heading': 'Confirmez votre adresse',
  'registered.text':
    'Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.',
  'registered.next': 'Cliquez sur le lien de cet e-mail, puis connectez-vous.',
  'forgot.heading': 'Mot de passe oublié',
  'forgot.intro':
    'Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.submitting': 'Envoi…',
  'resetRequested.heading': 'Vérifiez votre boîte mail',
  'resetRequested.text':
    'Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.',
  'resetRequested.next': 'Le lien est valable 30 minutes et ne sert qu’une fois.',
  'reset.heading': 'Nouveau mot de passe',
  'reset.intro': 'Choisissez le nouveau mot de passe de votre compte.',
  'reset.submit': 'Enregistrer le mot de passe',
  'reset.submitting': 'Enregistrement…',
  'reset.newLink': 'Demander un nouveau lien',
  'account.label': 'Votre compte',
  'account.email': 'Connecté : {email}',
  'account.logout': 'Se déconnecter',
  'dossier.back': '← Retour au tableau de bord',
  'done.heading': 'C’est fait : le dossier {reference} n° {n} est signé.',
  'done.signed': 'C’est fait : le dossier est signé.',
  'done.next': 'Dossier suivant à compléter : {reference} n° {n}.',
  'done.open': 'Compléter le dossier suivant',
  'done.none': 'Vous n’avez plus de dossier à compléter.',
  'deny.heading': 'Ce n’était pas vous ?',
  'deny.intro':
    'Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.',
  'deny.keep': 'Si c’était bien vous, ne faites rien : revenez simplement à la connexion.',
  'deny.submit': 'Oui, annuler cette connexion',
  'deny.submitting': 'Annulation…',
  'deny.invalid':
    'Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).',
  'denied.heading': 'Connexion annulée',
  'denied.text':
    'La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.',
  'denied.advice':
    'Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.',
  'denied.change': 'Changer mon mot de passe',
} as const;

export type SpaceScreensKey = keyof typeof spaceScreensFr;
