/**
 * French messages (the default locale): field errors, problem titles and
 * labels shared by the element and the API. Keys are stable identifiers;
 * valibot schemas carry keys as their messages and each side translates them.
 */
export const fr = {
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
  'validation.cgv_outdated':
    'Les CGV ont été mises à jour : relisez-les et acceptez la nouvelle version.',

  'validation.required': 'Ce champ est obligatoire.',
  'validation.type': 'Ce champ n’a pas le bon type.',
  'validation.unknown_field': 'Ce champ n’est pas attendu.',

  // --- Purchase flow (machines/schemas/purchase.ts, machines/purchase/) ---
  'validation.too_long': 'Ce champ ne doit pas dépasser {max} caractères.',
  'validation.civility': 'Choisissez Madame ou Monsieur.',
  'validation.email': 'Adresse e-mail invalide.',
  'validation.email_mismatch': 'Les deux adresses e-mail ne correspondent pas.',
  'validation.phone_fr': 'Numéro de téléphone invalide : 0X XX XX XX XX ou +33 X XX XX XX XX.',
  'validation.phone': 'Numéro de téléphone invalide (6 à 15 chiffres, indicatif + accepté).',
  'validation.country': 'Choisissez un pays (code ISO à deux lettres).',
  'validation.postal_code': 'Code postal invalide (5 chiffres en France).',
  'validation.siret_format': 'Le SIRET doit comporter 14 chiffres.',
  'validation.siret_checksum': 'Ce numéro SIRET n’est pas valide : vérifiez les chiffres saisis.',
  'validation.siret_unverified': 'Le SIRET n’a pas encore été vérifié.',
  'validation.siret_pending': 'Vérification du SIRET en cours…',
  'validation.siret_unknown': 'Aucun établissement ne correspond à ce SIRET.',
  'validation.siret_closed':
    'Cet établissement est fermé : indiquez le SIRET d’un établissement en activité.',
  'validation.siret_lookup_failed':
    'Le SIRET n’a pas pu être vérifié pour le moment. Réessayez dans un instant.',
  'validation.usb_reader_required':
    'Le lecteur format clé USB est obligatoire pour un premier certificat CERTINOMIS.',
  'validation.renewal_unknown':
    'Aucun certificat émis de cet organisme (même SIREN) ne correspond : il ne peut pas être renouvelé.',
  'validation.renewal_revoked': 'Ce certificat a été révoqué : il ne peut pas être renouvelé.',
  'validation.renewal_renewed': 'Ce certificat a déjà été renouvelé.',
  'validation.payment_method': 'Choisissez un mode de paiement.',
  'validation.mandate_public_only':
    'Le mandat administratif n’est proposé qu’aux administrations publiques.',
  'validation.service_code':
    'Code service : lettres, chiffres, espaces et caractères - _ / . uniquement.',
  'validation.chorus_order_number':
    'Numéro commande Chorus : lettres, chiffres, espaces et caractères - _ / . uniquement.',
  'validation.transfer_reference':
    "Référence du virement : lettres sans accent, chiffres, espaces et caractères - / . : ' ( ) + , uniquement.",
  'validation.cheque_number': 'Le numéro de chèque comporte 7 chiffres.',
  'validation.quantity_range': 'Indiquez un nombre entier de certificats, de 1 à 50.',
  'validation.product_unknown': 'Ce produit ne figure pas au catalogue.',
  'validation.cgv_required': 'Vous devez lire et accepter les CGV pour commander.',

  // Client space: accounts, login, dossier statuses.
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
  'validation.password_too_short': 'Le mot de passe doit comporter au moins 8 caractères.',
  'validation.password_too_long': 'Le mot de passe ne doit pas dépasser 256 caractères.',
  'validation.password_common':
    'Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.',
  'validation.token': 'Lien ou code invalide.',
  'validation.locale': 'Langue non prise en charge (fr ou en).',
  'status.to_complete': 'Demande à compléter',
  'status.to_sign': 'À signer',
  'status.awaiting_paper': 'En attente du dossier papier',
  'status.in_review': 'En cours de vérification',
  'status.awaiting_payment': 'En attente de paiement',
  'status.issued': 'Certificat émis',
  'status.shipped': 'Expédié',
  'status.at_post_office': 'Disponible en bureau de poste',
  'status.refused': 'Refusé',
  'status.revoked': 'Révoqué',
  'revocation.reason.keyCompromise': 'Clé compromise, support perdu ou volé',
  'revocation.reason.affiliationChanged':
    'Le titulaire a quitté l’organisation ou changé de fonction',
  'revocation.reason.superseded': 'Remplacé par un autre certificat',
  'revocation.reason.cessationOfOperation': 'Cessation d’activité',
  'validation.revocation_reason': 'Choisissez le motif de la révocation.',
  'validation.revocation_pending':
    'Une demande de révocation est déjà en cours pour ce certificat.',
  'validation.revocation_not_issued': 'Seul un certificat émis et valide peut être révoqué.',
  'validation.revocation_none': 'Aucune demande de révocation n’est en attente pour ce certificat.',
  'validation.revocation_code': 'Code de révocation invalide.',
  'validation.revocation_code_missing':
    'Aucun code de révocation en cours : faites une nouvelle demande.',
  'validation.revocation_code_expired':
    'Ce code de révocation a expiré : faites une nouvelle demande.',
  'validation.revocation_code_locked': 'Trop d’essais : faites une nouvelle demande de révocation.',
  'status.cancelled': 'Annulé',

  // --- Dossier (machines/schemas/dossier.ts, machines/dossier/, machines/dossier.machine.ts) ---
  'validation.mobile_fr':
    'Indiquez un numéro de mobile français (06 ou 07) : il reçoit le code de signature par SMS.',
  'validation.choice': 'Choisissez l’une des options proposées.',
  'validation.mail_requires_online_identity':
    'L’envoi par courrier n’est possible qu’avec une vérification d’identité en ligne.',
  'validation.step': 'Étape du dossier inconnue.',
  'validation.step_locked': 'Complétez d’abord les étapes précédentes.',
  'validation.step_incomplete': 'Cette étape du dossier n’est pas encore complétée.',
  'validation.dossier_read_only': 'Le dossier est signé : il ne peut plus être modifié.',
  'validation.event_type': 'Action inconnue sur le dossier.',
  'validation.event_not_allowed': 'Cette action n’est pas possible à ce stade du dossier.',
  'validation.identity_document_required':
    'Déposez le scan de la pièce d’identité du bénéficiaire avant de signer.',
  'validation.identity_not_online':
    'Le dépôt d’une pièce d’identité suppose la vérification d’identité en ligne.',
  'validation.identity_not_submitted': 'Aucune pièce d’identité n’est en attente de vérification.',
  'validation.identity_already_verified': 'L’identité du bénéficiaire est déjà vérifiée.',
  'validation.signature_method': 'Choisissez d’abord ce mode de signature.',
  'validation.signature_code_required':
    'Demandez d’abord le code de signature par SMS (un code envoyé avant une modification du dossier n’est plus valable).',
  'validation.signer': 'Signataire inconnu : le mandataire ou le bénéficiaire.',
  'validation.signer_not_required':
    'Le bénéficiaire est le mandataire : seul le mandataire signe ce dossier.',
  'validation.signer_signed': 'Ce signataire a déjà signé le dossier.',
  'validation.already_paid': 'Le paiement de ce dossier est déjà enregistré.',
  'validation.amount': 'Indiquez un montant entier en centimes, supérieur à zéro.',
  'validation.serial_number': 'Le numéro de série est un nombre hexadécimal de 8 à 40 chiffres.',
  'validation.datetime': 'Date et heure invalides (format ISO 8601 attendu).',
  'validation.tracking_number': 'Numéro de suivi invalide : 4 à 40 lettres, chiffres ou tirets.',
  'validation.version': 'Version du dossier invalide.',
  'validation.express_chronopost': 'Un dossier Express est expédié par Chronopost.',
  'validation.delivery_not_mail':
    'Ce certificat est remis en bureau de poste : il ne s’expédie pas par courrier.',
  'validation.delivery_not_post_office':
    'Ce certificat est envoyé par courrier : il n’est pas remis en bureau de poste.',
  'dossier.missing.dossier_incomplete': 'Le dossier n’est pas complet.',
  'dossier.missing.not_signed': 'Le dossier n’est pas signé.',
  'dossier.missing.paper_not_received': 'Le dossier papier signé n’a pas été reçu.',
  'dossier.missing.identity_not_verified': 'L’identité du bénéficiaire n’est pas vérifiée.',
  'dossier.missing.payment_not_received': 'Le paiement n’a pas été reçu.',

  // Dossier API: versions, uploads, SMS signature codes.
  'problem.precondition_required.title': 'En-tête If-Match requis',
  'problem.precondition_required.detail':
    'Envoyez la version du dossier que vous modifiez dans l’en-tête If-Match (par exemple If-Match: "3").',
  'problem.stale_version.title': 'Le dossier a changé entre-temps',
  'problem.stale_version.detail':
    'Le dossier a été modifié depuis votre lecture (version actuelle {version}). Rechargez-le, puis recommencez.',
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
  'problem.file_too_large.title': 'Fichier trop volumineux',
  'problem.file_too_large.detail': 'La pièce d’identité ne doit pas dépasser 10 Mo.',
  'problem.file_type.title': 'Type de fichier refusé',
  'problem.file_type.detail':
    'Envoyez une image JPEG ou PNG, ou un PDF. Le type est vérifié d’après le contenu du fichier, pas son nom.',
  'validation.file_required': 'Joignez la pièce d’identité (JPEG, PNG ou PDF, 10 Mo au plus).',
  'validation.file_unreadable':
    'Ce fichier est endommagé ou illisible : numérisez à nouveau la pièce d’identité.',
  'validation.event_forbidden': 'Cet événement ne peut pas être envoyé depuis l’espace client.',
  'validation.code_format': 'Le code comporte 6 chiffres.',
  'validation.code_wrong': 'Code incorrect. Il vous reste {remaining} essai(s).',
  'validation.code_locked': 'Trop d’essais : demandez un nouveau code.',
  'validation.code_expired': 'Ce code a expiré : demandez-en un nouveau.',
  'validation.code_void':
    'Le dossier a été modifié depuis l’envoi du code : demandez-en un nouveau.',
  'validation.code_missing': 'Aucun code n’a été envoyé : demandez un code.',

  // Back office: payment matching, operator access.
  'validation.payment_already_received': 'Le paiement de cette commande est déjà enregistré.',
  'validation.cancel_after_issue':
    'Le certificat est déjà émis : il ne peut plus être annulé (demandez sa révocation).',
  'validation.cancel_already_cancelled': 'Ce certificat est déjà annulé ou refusé.',
  'validation.cancel_not_in_order': 'Ce dossier n’appartient pas à cette commande.',
  'validation.refund_already_recorded': 'Ce remboursement est déjà enregistré.',
  'validation.payment_mandate':
    'Cette commande est payée par mandat administratif (Chorus Pro) : aucun paiement à rapprocher.',
  'validation.payment_amount_mismatch':
    'Le montant reçu ne correspond pas au montant TTC de la commande.',
  'validation.payment_reference_mismatch':
    'Le libellé du virement ne porte ni la référence de la commande ni la référence de virement du client.',
  'validation.payment_cheque_mismatch':
    'Ce numéro de chèque n’est pas celui indiqué à la commande.',
  'validation.payment_bank_mismatch': 'Cette banque n’est pas celle indiquée à la commande.',
  'problem.operator_only.title': 'Réservé aux opérateurs',
  'problem.operator_only.detail': 'Cette ressource est réservée au back office CERTINOMIS.',
  'problem.not_cancellable.title': 'Annulation impossible',
  'problem.not_cancellable.detail':
    'Un certificat de la commande ne peut pas être annulé dans son état actuel (voir errors).',

  // Boundary validation (issue 13): characters Postgres or an identity document refuse,
  // malformed ids, bounded numbers, pagination cursors, malformed addresses.
  'validation.text_characters':
    'Ce champ contient un caractère non autorisé (caractère nul ou caractère Unicode incomplet).',
  'validation.name_characters':
    'Saisissez le nom tel qu’il figure sur la pièce d’identité, sans caractère de contrôle ni de sens d’écriture.',
  'validation.id_format': 'Cet identifiant n’a pas le format attendu.',
  'validation.too_small': 'La valeur doit être au moins {min}.',
  'validation.too_large': 'La valeur ne doit pas dépasser {max}.',
  'validation.integer': 'Indiquez un nombre entier.',
  'validation.date': 'Date invalide (format AAAA-MM-JJ, date du calendrier).',
  'validation.cursor': 'Curseur de pagination invalide : reprenez depuis la première page.',
  'problem.webhook_signature.title': 'Signature de webhook refusée',
  'problem.webhook_signature.detail':
    'Ce webhook ne porte pas une signature valide de CERTINOMIS : il n’a pas été pris en compte.',
  'problem.bad_url.title': 'Adresse de requête mal formée',
  'problem.bad_url.detail':
    'L’adresse contient un encodage « % » invalide (chaque « % » doit être suivi de deux chiffres hexadécimaux formant de l’UTF-8).',
  // Running in production (health probes, metrics guard) and the back office's own origin.
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
  // Accounts an attacker cannot turn against the buyer (issue 14): a denied login.
  'problem.auth_login_denied.title': 'Connexion refusée',
  'problem.auth_login_denied.detail':
    'Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous ; sinon, changez votre mot de passe.',
  // Limits before reading (issue 13): images and PDFs refused before they are decoded or kept.
  'validation.file_too_many_pixels':
    'Cette image dépasse 40 millions de pixels : envoyez une photo ou une numérisation de plus faible résolution.',
  'validation.file_pdf_active':
    'Ce PDF contient du JavaScript, des actions automatiques ou des fichiers joints : envoyez une simple numérisation de la pièce d’identité.',
  // Database faults and order time limit (issue 13, helper A)
  'problem.database_unavailable.title': 'Service momentanément indisponible',
  'problem.database_unavailable.detail':
    'La base de données ne répond pas. Réessayez dans quelques secondes ; une commande se renvoie avec la même clé Idempotency-Key.',
  'problem.database_busy.title': 'Service très sollicité',
  'problem.database_busy.detail':
    'Votre demande est entrée en conflit avec une autre au même moment. Réessayez dans un instant.',
  'problem.order_timeout.title': 'Commande non confirmée à temps',
  'problem.order_timeout.detail':
    'La commande n’a pas pu être confirmée dans le délai imparti. Renvoyez-la avec la même clé Idempotency-Key : vous obtiendrez la commande si elle a abouti, sinon elle sera passée une seule fois.',
  // The partner portal (issue 19).
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
  'validation.origin_format':
    'Indiquez une origine exacte : schéma, hôte et port éventuel, sans chemin (https://exemple.fr).',
  'validation.origin_live_https':
    'Un partenaire en production n’autorise que des origines https: (localhost seulement en mode test).',
  'validation.webhook_url':
    'Indiquez une adresse https: sur un nom d’hôte public (http: et hôtes locaux seulement en mode test).',
  'validation.url': 'Indiquez une adresse http(s) complète.',
  'validation.month': 'Mois invalide (format AAAA-MM).',
  'validation.webhook_event_type': 'Type d’événement inconnu.',
  'problem.webhook_endpoint_missing.title': 'Aucun point de réception de webhooks',
  'problem.webhook_endpoint_missing.detail':
    'Indiquez d’abord l’adresse de réception des webhooks (PATCH /v1/partner, webhookUrl).',
} as const;

export type MessageKey = keyof typeof fr;
