import type { Locale } from '../../machines/messages/index.ts';
import { buttonStyle, certinomisBrand, type EmailBrand } from './brand.ts';
import { escapeHtml, layout, money } from './html.ts';

/**
 * The e-mail telling the order's contact that certificates of the order are
 * cancelled: why, the credit note issued (number, amount, where to download
 * it) and, when a payment was received, the refund to come.
 */
export function orderCancelledEmail(input: {
  reference: string;
  certificates: number;
  quantity: number;
  reason: string;
  creditNote: { number: string; grandTotal: number; invoiceNumber: string } | null;
  refund: { amount: number; method: string } | null;
  clientSpaceUrl: string;
  locale: Locale;
  /** The seller the buyer knows (a white-label reseller: its colours and name in the footer). */
  brand?: EmailBrand;
}) {
  const { locale } = input;
  const brand = input.brand ?? certinomisBrand;
  const en = locale === 'en';
  const all = input.certificates === input.quantity;
  const subject = en
    ? `Order ${input.reference}: ${all ? 'cancelled' : `${input.certificates} certificate(s) cancelled`}`
    : `Commande ${input.reference} : ${all ? 'annulée' : `${input.certificates} certificat(s) annulé(s)`}`;
  const lines = [
    en
      ? `${all ? 'Your order is cancelled' : `${input.certificates} of the ${input.quantity} certificates of your order are cancelled`}: ${input.reason}`
      : `${all ? 'Votre commande est annulée' : `${input.certificates} des ${input.quantity} certificats de votre commande sont annulés`} : ${input.reason}`,
    ...(input.creditNote
      ? [
          en
            ? `Credit note ${input.creditNote.number} of ${money(input.creditNote.grandTotal, locale)} including VAT, on invoice ${input.creditNote.invoiceNumber}, is available in your client space.`
            : `L’avoir ${input.creditNote.number} de ${money(input.creditNote.grandTotal, locale)} TTC, sur la facture ${input.creditNote.invoiceNumber}, est disponible dans votre espace client.`,
        ]
      : []),
    ...(input.refund
      ? [
          en
            ? `Your payment is refunded: ${money(input.refund.amount, locale)}.`
            : `Votre paiement vous est remboursé : ${money(input.refund.amount, locale)}.`,
        ]
      : []),
  ];
  const link = en ? 'Open the client space' : 'Ouvrir l’espace client';
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
