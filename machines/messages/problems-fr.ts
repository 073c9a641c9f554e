/**
 * French problem titles and details (application/problem+json) that only the API writes: apart
 * from fr.ts, which the element's bundle carries, so that a buyer's browser never downloads
 * them. The few the element shows itself (a file refused before it is sent) stay in fr.ts.
 * The API reads both through index.ts.
 */
export const problemsFr = {
  'problem.validation.title': 'Certaines informations sont invalides',
  'problem.validation.detail': 'Corrigez les champs signalés puis réessayez.',
  'problem.bad_json.title': 'Requête illisible',
  'problem.bad_json.detail': 'Le corps de la requête doit être un document JSON valide.',
  'problem.unsupported_media_type.title': 'Format non pris en charge',
  'problem.unsupported_media_type.detail': 'Envoyez le corps de la requête en application/json.',
  'problem.not_found.title': 'Ressource introuvable',
  'problem.not_found.detail': 'Aucune ressource ne correspond à {path}.',
  'problem.method_not_allowed.title': 'Méthode non autorisée',
  'problem.method_not_allowed.detail': 'La méthode {method} n’est pas acceptée ici.',
  'problem.payload_too_large.title': 'Requête trop volumineuse',
  'problem.payload_too_large.detail': 'Le corps de la requête dépasse la taille autorisée.',
  'problem.internal.title': 'Erreur interne',
  'problem.internal.detail':
    'Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez le support en citant l’identifiant {requestId}.',
  'problem.partner_key_required.title': 'Clé partenaire requise',
  'problem.partner_key_required.detail':
    'Chaque requête doit porter l’en-tête X-Partner-Key avec la clé publique du partenaire (pk_test_… ou pk_live_…).',
  'problem.partner_key_invalid.title': 'Clé partenaire inconnue',
  'problem.partner_key_invalid.detail':
    'La clé X-Partner-Key envoyée ne correspond à aucun partenaire actif.',
  'problem.origin_forbidden.title': 'Origine non autorisée',
  'problem.origin_forbidden.detail':
    'Ce partenaire n’autorise pas les requêtes venant de {origin}. Ajoutez cette origine à sa liste.',
  'problem.secret_key_required.title': 'Clé secrète requise',
  'problem.secret_key_required.detail':
    'Cet appel de serveur à serveur exige l’en-tête Authorization: Bearer sk_… d’un partenaire actif.',
  'problem.unavailable.title': 'Service momentanément indisponible',
  'problem.unavailable.detail': 'Un service nécessaire ne répond pas. Réessayez dans un instant.',
  'problem.organisation_not_found.title': 'Établissement inconnu',
  'problem.organisation_not_found.detail':
    'Le SIRET {siret} est valide mais ne correspond à aucun établissement connu du répertoire.',
  'problem.idempotency_required.title': 'En-tête Idempotency-Key requis',
  'problem.idempotency_required.detail':
    'Chaque commande doit porter un en-tête Idempotency-Key unique (8 à 255 caractères, par exemple un UUID), réutilisé tel quel en cas de nouvel essai.',
  'problem.idempotency_mismatch.title': 'Clé d’idempotence déjà utilisée',
  'problem.idempotency_mismatch.detail':
    'Cette clé Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle commande.',
  'problem.idempotency_in_flight.title': 'Commande en cours de traitement',
  'problem.idempotency_in_flight.detail':
    'Une requête avec la même clé Idempotency-Key est en cours de traitement. Réessayez dans un instant.',
  'problem.auth_invalid_credentials.title': 'Identifiants incorrects',
  'problem.auth_invalid_credentials.detail': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'problem.auth_email_unverified.title': 'Adresse e-mail non confirmée',
  'problem.auth_email_unverified.detail':
    'Confirmez d’abord votre adresse : nous venons de vous renvoyer le lien de confirmation.',
  'problem.auth_token_invalid.title': 'Lien invalide ou expiré',
  'problem.auth_token_invalid.detail':
    'Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
  'problem.auth_attempt_unknown.title': 'Connexion introuvable',
  'problem.auth_attempt_unknown.detail':
    'Cette tentative de connexion n’existe pas ou a expiré. Reconnectez-vous.',
  'problem.auth_required.title': 'Connexion requise',
  'problem.auth_required.detail':
    'Connectez-vous à votre espace client pour accéder à cette ressource.',
  'problem.too_many_requests.title': 'Trop de tentatives',
  'problem.too_many_requests.detail':
    'Trop de tentatives en peu de temps. Réessayez dans {seconds} secondes.',
  'problem.precondition_required.title': 'En-tête If-Match requis',
  'problem.precondition_required.detail':
    'Envoyez la version du dossier que vous modifiez dans l’en-tête If-Match (par exemple If-Match: "3").',
  'problem.stale_version.title': 'Le dossier a changé entre-temps',
  'problem.stale_version.detail':
    'Le dossier a été modifié depuis votre lecture (version actuelle {version}). Rechargez-le, puis recommencez.',
  'problem.file_too_large.title': 'Fichier trop volumineux',
  'problem.file_type.title': 'Type de fichier refusé',
  'problem.operator_only.title': 'Réservé aux opérateurs',
  'problem.operator_only.detail': 'Cette ressource est réservée au back office CERTINOMIS.',
  'problem.not_cancellable.title': 'Annulation impossible',
  'problem.not_cancellable.detail':
    'Un certificat de la commande ne peut pas être annulé dans son état actuel (voir errors).',
  'problem.webhook_signature.title': 'Signature de webhook refusée',
  'problem.webhook_signature.detail':
    'Ce webhook ne porte pas une signature valide de CERTINOMIS : il n’a pas été pris en compte.',
  'problem.bad_url.title': 'Adresse de requête mal formée',
  'problem.bad_url.detail':
    'L’adresse contient un encodage « % » invalide (chaque « % » doit être suivi de deux chiffres hexadécimaux formant de l’UTF-8).',
  'problem.not_ready.title': 'Service pas encore prêt',
  'problem.not_ready.database':
    'La base de données ne répond pas. Réessayez dans quelques secondes.',
  'problem.not_ready.migrations':
    'Le schéma de la base de données n’est pas à jour : des migrations restent à appliquer.',
  'problem.not_ready.shutting_down': 'Le service s’arrête ; une autre instance prend le relais.',
  'problem.metrics_forbidden.title': 'Métriques non accessibles',
  'problem.metrics_forbidden.detail':
    'Les métriques se lisent avec le jeton METRICS_TOKEN, ou sans jeton depuis la machine elle-même uniquement.',
  'problem.operator_partner_origin.title': 'Back office CERTINOMIS uniquement',
  'problem.operator_partner_origin.detail':
    'Une session d’opérateur ne s’utilise que depuis le back office CERTINOMIS, jamais depuis la page ni avec la clé d’un partenaire.',
  'problem.auth_login_denied.title': 'Connexion refusée',
  'problem.auth_login_denied.detail':
    'Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous ; sinon, changez votre mot de passe.',
  'problem.database_unavailable.title': 'Service momentanément indisponible',
  'problem.database_unavailable.detail':
    'La base de données ne répond pas. Réessayez dans quelques secondes ; une commande se renvoie avec la même clé Idempotency-Key.',
  'problem.database_busy.title': 'Service très sollicité',
  'problem.database_busy.detail':
    'Votre demande est entrée en conflit avec une autre au même moment. Réessayez dans un instant.',
  'problem.order_timeout.title': 'Commande non confirmée à temps',
  'problem.order_timeout.detail':
    'La commande n’a pas pu être confirmée dans le délai imparti. Renvoyez-la avec la même clé Idempotency-Key : vous obtiendrez la commande si elle a abouti, sinon elle sera passée une seule fois.',
  'problem.partner_auth_required.title': 'Authentification partenaire requise',
  'problem.partner_auth_required.detail':
    'Cet appel exige l’en-tête Authorization: Bearer avec la clé secrète sk_… d’un partenaire actif ou une session du portail partenaires.',
  'problem.partner_role_forbidden.title': 'Action non permise à votre rôle',
  'problem.partner_role_forbidden.detail':
    'Le rôle « {role} » ne permet pas cette action du portail partenaires.',
  'problem.partner_user_exists.title': 'Utilisateur déjà existant',
  'problem.partner_user_exists.detail': 'Un utilisateur du portail a déjà cette adresse e-mail.',
  'problem.partner_login_failed.title': 'Connexion refusée',
  'problem.partner_login_failed.detail': 'Adresse e-mail ou mot de passe incorrect.',
  'problem.webhook_endpoint_missing.title': 'Aucun point de réception de webhooks',
  'problem.webhook_endpoint_missing.detail':
    'Indiquez d’abord l’adresse de réception des webhooks (PATCH /v1/partner, webhookUrl).',
  'problem.conflict.detail':
    'Le dossier a été modifié entre-temps : {change}. Vérifiez-le, puis recommencez.',
  // What changed in a dossier (a conflict's detail), per event.
  'change.dossier.save': 'une étape a été enregistrée ailleurs',
  'change.dossier.goTo': 'une autre étape a été ouverte ailleurs',
  'change.identity.documentUploaded': 'une pièce d’identité a été déposée',
  'change.signature.codeSent': 'un code de signature a été envoyé',
  'change.signature.signedOnline': 'le dossier a été signé',
  'change.signature.choosePaper': 'la signature manuscrite a été choisie',
  'change.paper.received': 'le dossier papier a été reçu',
  'change.identity.verified': 'l’identité a été vérifiée',
  'change.identity.refused': 'la pièce d’identité a été refusée',
  'change.payment.received': 'le paiement a été enregistré',
  'change.certificate.issued': 'le certificat a été émis',
  'change.certificate.shipped': 'le certificat a été expédié',
  'change.certificate.atPostOffice': 'le certificat est disponible en bureau de poste',
  'change.order.cancelled': 'la commande a été annulée',
  'change.dossier.refused': 'le dossier a été refusé',
  'change.revocation.requested': 'une révocation a été demandée',
  'change.revocation.confirmed': 'le certificat a été révoqué',
  'change.revocation.refused': 'la révocation a été refusée',
} as const;

export type ProblemKey = keyof typeof problemsFr;
