/**
 * French: the dossier's texts (machines/schemas/dossier.ts, machines/dossier/, machines/dossier.machine.ts,
 * widget/dossier/): its field errors, what it still waits for, the dossier statuses and the
 * revocation reasons the client space's lists show. Registered by machines/messages/dossier.ts,
 * which the modules writing these keys import (the dossier's files and the space's lists).
 * Keys are stable identifiers; valibot schemas carry them as their messages, each side translates.
 */
export const dossierFr = {
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
  'validation.revocation_none': 'Aucune demande de révocation n’est en attente pour ce certificat.',
  'validation.revocation_code': 'Code de révocation invalide.',
  'status.cancelled': 'Annulé',
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
  'problem.file_too_large.detail': 'La pièce d’identité ne doit pas dépasser 10 Mo.',
  'problem.file_type.detail':
    'Envoyez une image JPEG ou PNG, ou un PDF. Le type est vérifié d’après le contenu du fichier, pas son nom.',
  'validation.file_required': 'Joignez la pièce d’identité (JPEG, PNG ou PDF, 10 Mo au plus).',
  'validation.code_format': 'Le code comporte 6 chiffres.',
} as const;
