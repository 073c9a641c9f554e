import type { DossierContext } from '../../machines/dossier/context.ts';
import { type Locale, type MessageKey, translate } from '../../machines/messages/index.ts';
import { buttonStyle, certinomisBrand, type EmailBrand } from './brand.ts';
import { escapeHtml, layout } from './html.ts';

const explanations: Record<Locale, Partial<Record<string, string>>> = {
  fr: {
    to_sign: 'Toutes les informations sont saisies : il reste à signer le dossier.',
    awaiting_paper:
      'Nous attendons le dossier papier signé. Imprimez-le depuis l’espace client, signez-le et envoyez-le par courrier.',
    in_review: 'Votre dossier est signé : il est en cours de vérification.',
    awaiting_payment:
      'Votre dossier est vérifié. Le certificat sera produit dès réception de votre paiement.',
    issued: 'Votre certificat est émis. Il vous sera remis selon le mode choisi.',
    shipped: 'Votre certificat a été expédié.',
    at_post_office: 'Votre certificat est disponible en bureau de poste.',
    refused: 'Votre demande a été refusée.',
    cancelled: 'Votre commande a été annulée.',
  },
  en: {
    to_sign: 'Everything is filled in: the dossier remains to be signed.',
    awaiting_paper:
      'We are waiting for the signed paper dossier. Print it from the client space, sign it and post it.',
    in_review: 'Your dossier is signed: it is being checked.',
    awaiting_payment:
      'Your dossier is checked. The certificate will be produced once your payment is received.',
    issued: 'Your certificate is issued. It will be handed over as you chose.',
    shipped: 'Your certificate has been shipped.',
    at_post_office: 'Your certificate is available at the post office.',
    refused: 'Your application was refused.',
    cancelled: 'Your order was cancelled.',
  },
};

/** The e-mail telling the order's contact that a dossier changed status, in their language. */
export function dossierStatusEmail(input: {
  status: string;
  context: DossierContext;
  position: number;
  quantity: number;
  clientSpaceUrl: string;
  locale: Locale;
  /** The seller the buyer knows (a white-label reseller: its colours and name in the footer). */
  brand?: EmailBrand;
}) {
  const { status, context, locale } = input;
  const brand = input.brand ?? certinomisBrand;
  const label = translate(locale, `status.${status}` as MessageKey);
  const subject =
    locale === 'en'
      ? `Dossier ${context.orderReference} (${input.position}/${input.quantity}): ${label}`
      : `Dossier ${context.orderReference} (${input.position}/${input.quantity}) : ${label}`;
  const lines = [
    explanations[locale][status] ?? label,
    ...(status === 'shipped' && context.shipment?.mode === 'mail'
      ? [
          `${context.shipment.carrier} — ${locale === 'en' ? 'tracking number' : 'numéro de suivi'} ${context.shipment.trackingNumber}`,
        ]
      : []),
    ...(status === 'issued' && context.certificate
      ? [
          locale === 'en'
            ? `Serial number ${context.certificate.serialNumber}, valid until ${context.certificate.notAfter.slice(0, 10)}.`
            : `Numéro de série ${context.certificate.serialNumber}, valable jusqu’au ${context.certificate.notAfter.slice(0, 10).split('-').reverse().join('/')}.`,
        ]
      : []),
    ...(context.identityRefusalReason && context.identityStatus === 'refused'
      ? [
          `${locale === 'en' ? 'Identity document refused:' : 'Pièce d’identité refusée :'} ${context.identityRefusalReason}`,
        ]
      : []),
    ...(status === 'refused' && context.refusalReason ? [context.refusalReason] : []),
    ...(status === 'cancelled' && context.cancelReason ? [context.cancelReason] : []),
  ];
  const link = locale === 'en' ? 'Open the client space' : 'Ouvrir l’espace client';
  return {
    subject,
    text: [...lines, '', `${link}${locale === 'en' ? ':' : ' :'} ${input.clientSpaceUrl}`].join(
      '\n',
    ),
    html: layout(
      subject,
      `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}<p><a href="${escapeHtml(input.clientSpaceUrl)}" style="${buttonStyle(brand)}">${escapeHtml(link)}</a></p>`,
      locale,
      brand,
    ),
  };
}
