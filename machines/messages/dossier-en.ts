import type { dossierFr } from './dossier-fr.ts';

/** English of dossier-fr.ts: every French key must exist here (checked by the type). */
export const dossierEn: Record<keyof typeof dossierFr, string> = {
  'status.to_complete': 'To complete',
  'status.to_sign': 'To sign',
  'status.awaiting_paper': 'Awaiting the paper dossier',
  'status.in_review': 'Under review',
  'status.awaiting_payment': 'Awaiting payment',
  'status.issued': 'Certificate issued',
  'status.shipped': 'Shipped',
  'status.at_post_office': 'Available at the post office',
  'status.refused': 'Refused',
  'status.revoked': 'Revoked',
  'revocation.reason.keyCompromise': 'Key compromised, token lost or stolen',
  'revocation.reason.affiliationChanged': 'The holder left the organisation or changed role',
  'revocation.reason.superseded': 'Superseded by another certificate',
  'revocation.reason.cessationOfOperation': 'Cessation of operation',
  'validation.revocation_reason': 'Choose the reason for the revocation.',
  'validation.revocation_pending': 'A revocation request is already pending for this certificate.',
  'validation.revocation_none': 'No revocation request is pending for this certificate.',
  'validation.revocation_code': 'Invalid revocation code.',
  'status.cancelled': 'Cancelled',
  'validation.mobile_fr':
    'Enter a French mobile number (06 or 07): it receives the signature code by SMS.',
  'validation.choice': 'Choose one of the options offered.',
  'validation.mail_requires_online_identity':
    'Delivery by mail is only possible with an online identity check.',
  'validation.step': 'Unknown dossier step.',
  'validation.step_locked': 'Complete the previous steps first.',
  'validation.step_incomplete': 'This step of the dossier is not completed yet.',
  'validation.dossier_read_only': 'The dossier is signed: it can no longer be changed.',
  'validation.event_type': 'Unknown action on the dossier.',
  'validation.event_not_allowed': 'This action is not possible at this stage of the dossier.',
  'validation.identity_document_required':
    'Upload the scan of the beneficiary’s identity document before signing.',
  'validation.identity_not_online':
    'Uploading an identity document requires the online identity check.',
  'validation.identity_not_submitted': 'No identity document is awaiting verification.',
  'validation.identity_already_verified': 'The beneficiary’s identity is already verified.',
  'validation.signature_method': 'Choose this signature method first.',
  'validation.signature_code_required':
    'Request the signature code by SMS first (a code sent before the dossier changed is no longer valid).',
  'validation.signer': 'Unknown signer: the mandataire or the bénéficiaire.',
  'validation.signer_not_required':
    'The bénéficiaire is the mandataire: only the mandataire signs this dossier.',
  'validation.signer_signed': 'This signer has already signed the dossier.',
  'validation.already_paid': 'The payment of this dossier is already recorded.',
  'validation.amount': 'Enter a whole amount in cents, greater than zero.',
  'validation.serial_number': 'The serial number is a hexadecimal number of 8 to 40 digits.',
  'validation.datetime': 'Invalid date and time (ISO 8601 expected).',
  'validation.tracking_number': 'Invalid tracking number: 4 to 40 letters, digits or dashes.',
  'validation.version': 'Invalid dossier version.',
  'validation.express_chronopost': 'An Express dossier ships with Chronopost.',
  'validation.delivery_not_mail':
    'This certificate is handed over at a post office: it is not shipped by mail.',
  'validation.delivery_not_post_office':
    'This certificate is sent by mail: it is not handed over at a post office.',
  'dossier.missing.dossier_incomplete': 'The dossier is not complete.',
  'dossier.missing.not_signed': 'The dossier is not signed.',
  'dossier.missing.paper_not_received': 'The signed paper dossier has not been received.',
  'dossier.missing.identity_not_verified': 'The beneficiary’s identity is not verified.',
  'dossier.missing.payment_not_received': 'The payment has not been received.',
  'problem.file_too_large.detail': 'The identity document must not exceed 10 MB.',
  'problem.file_type.detail':
    'Send a JPEG or PNG image, or a PDF. The type is checked from the file’s content, not its name.',
  'validation.file_required': 'Attach the identity document (JPEG, PNG or PDF, 10 MB at most).',
  'validation.code_format': 'The code has 6 digits.',
};
