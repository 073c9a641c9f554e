import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { translate } from '../../machines/messages/index.ts';
import type { RevocationReason } from '../../machines/schemas/dossier.ts';
import { buttonStyle, certinomisBrand, type EmailBrand } from './brand.ts';
import { escapeHtml, layout } from './html.ts';

function reasonLabel(reason: RevocationReason, locale: Locale): string {
  return translate(locale, `revocation.reason.${reason}`);
}

function render(
  subject: string,
  lines: string[],
  locale: Locale,
  link: { label: string; url: string } | undefined,
  /** The seller the buyer knows (a reseller's colours and name; CERTINOMIS stays the issuer). */
  brand: EmailBrand = certinomisBrand,
) {
  const linkText = link ? `${link.label} : ${link.url}` : null;
  return {
    subject,
    text: [...lines, ...(linkText ? ['', linkText] : [])].join('\n'),
    html: layout(
      subject,
      `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}${
        link
          ? `<p><a href="${escapeHtml(link.url)}" style="${buttonStyle(brand)}">${escapeHtml(link.label)}</a></p>`
          : ''
      }`,
      locale,
      brand,
    ),
  };
}

/**
 * The revocation code, e-mailed to the bénéficiaire and to the mandataire: whoever enters it
 * (client space, or the public page without an account) confirms the request.
 */
export function revocationCodeEmail(input: {
  code: string;
  holder: string;
  serialNumber: string | null;
  reference: string;
  reason: RevocationReason;
  expiresAt: Date;
  publicUrl: string;
  locale: Locale;
  /** The organisation's zone: the deadline is said in it, with its name. */
  timeZone: string;
  brand?: EmailBrand;
}) {
  const { locale } = input;
  const en = locale === 'en';
  const until = formatInZone(input.expiresAt, locale, input.timeZone, 'longDateTime');
  const subject = en
    ? `Revocation of the certificate of ${input.holder}: your code`
    : `Révocation du certificat de ${input.holder} : votre code`;
  const lines = en
    ? [
        `The revocation of the certificate of ${input.holder} (order ${input.reference}${input.serialNumber ? `, serial number ${input.serialNumber}` : ''}) was requested: ${reasonLabel(input.reason, locale)}.`,
        `To confirm it, enter this code in the client space or on the revocation page, before ${until}: ${input.code}`,
        'If you did not ask for it, ignore this e-mail: nothing happens without the code.',
      ]
    : [
        `La révocation du certificat de ${input.holder} (commande ${input.reference}${input.serialNumber ? `, numéro de série ${input.serialNumber}` : ''}) a été demandée : ${reasonLabel(input.reason, locale)}.`,
        `Pour la confirmer, saisissez ce code dans l’espace client ou sur la page de révocation, avant le ${until} : ${input.code}`,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne se passe sans le code.',
      ];
  return render(
    subject,
    lines,
    locale,
    { label: en ? 'Revocation page' : 'Page de révocation', url: input.publicUrl },
    input.brand,
  );
}

/** The certificate is revoked (to the buyer, the bénéficiaire and the mandataire). */
export function certificateRevokedEmail(input: {
  holder: string;
  reference: string;
  reason: RevocationReason;
  revokedAt: string;
  locale: Locale;
  timeZone: string;
  brand?: EmailBrand;
}) {
  const { locale } = input;
  const en = locale === 'en';
  const at = formatInZone(input.revokedAt, locale, input.timeZone, 'longDateTime');
  const subject = en
    ? `The certificate of ${input.holder} is revoked`
    : `Le certificat de ${input.holder} est révoqué`;
  const lines = en
    ? [
        `The certificate of ${input.holder} (order ${input.reference}) was revoked on ${at}: ${reasonLabel(input.reason, locale)}.`,
        'It can no longer be used to sign.',
      ]
    : [
        `Le certificat de ${input.holder} (commande ${input.reference}) a été révoqué le ${at} : ${reasonLabel(input.reason, locale)}.`,
        'Il ne permet plus de signer.',
      ];
  return render(subject, lines, locale, undefined, input.brand);
}

/** The operator refused the revocation: the certificate stays valid (to the buyer). */
export function revocationRefusedEmail(input: {
  holder: string;
  reference: string;
  reason: string;
  clientSpaceUrl: string;
  locale: Locale;
  brand?: EmailBrand;
}) {
  const en = input.locale === 'en';
  const subject = en
    ? `Revocation of the certificate of ${input.holder}: refused`
    : `Révocation du certificat de ${input.holder} : refusée`;
  const lines = en
    ? [
        `CERTINOMIS did not revoke the certificate of ${input.holder} (order ${input.reference}): ${input.reason}`,
        'The certificate remains valid.',
      ]
    : [
        `CERTINOMIS n’a pas révoqué le certificat de ${input.holder} (commande ${input.reference}) : ${input.reason}`,
        'Le certificat reste valide.',
      ];
  return render(
    subject,
    lines,
    input.locale,
    { label: en ? 'Open the client space' : 'Ouvrir l’espace client', url: input.clientSpaceUrl },
    input.brand,
  );
}
