import { commonFr } from './common-fr.ts';

/**
 * Texts of the client space (`mode="space"`), French (default; wording of the seed's screens).
 * A table of its own so that they travel in the space's lazy chunk, not in the
 * partner's purchase bundle.
 */
export const spaceFr = {
  'space.title': 'Espace client {name}',
  'space.language': commonFr.language,
  'space.loading': 'Chargement…',
  'space.required': commonFr.required,
  'space.errors': commonFr.errors,
  'space.errors.one': commonFr.errorsOne,
  'space.network': commonFr.network,
  'space.failed': commonFr.failed,
  'space.throttled': 'Trop de tentatives… réessayez dans {n} s.',
  'space.backToLogin': 'Retour à la connexion',
  'space.toLogin': 'Se connecter',

  'field.email': 'Adresse e-mail',
  'field.password': 'Mot de passe',
  'field.newPassword': 'Nouveau mot de passe',
  'password.show': 'Afficher le mot de passe',

  'login.heading': 'Connexion',
  'login.intro':
    'Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.',
  'login.secondFactor':
    'La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.',
  'login.order':
    'Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.',
  'login.forgot': 'Mot de passe oublié ?',
  'login.submit': 'Connexion',
  'login.submitting': 'Connexion…',
  'login.or': 'OU',
  'login.register': 'S’enregistrer',
  'login.invalid':
    'L’adresse e-mail ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.',
  'login.unverified':
    'Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.',

  'notice.emailVerified': 'Adresse confirmée, vous pouvez vous connecter.',
  'notice.verifyLinkInvalid':
    'Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.',
  'notice.sessionExpired': 'Votre session a expiré. Reconnectez-vous.',
  'notice.loginExpired': 'Le lien de connexion a expiré. Connectez-vous à nouveau.',
  'notice.passwordChanged':
    'Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.',
  'notice.loggedOut': 'Vous êtes déconnecté.',

  // «Ce n'était pas moi» (the login e-mail's denial link) and the waiting tab told of it.
  'notice.loginDenied':
    'Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.',
} as const;

export type SpaceKey = keyof typeof spaceFr;
