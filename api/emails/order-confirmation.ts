import type { OrderResponse, PaymentInstructions } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { formatIban } from '../../machines/rules/bank.ts';
import { buttonStyle, certinomisBrand, type EmailBrand } from './brand.ts';
import { escapeHtml, layout, money } from './html.ts';

export interface OrderConfirmationEmail {
  subject: string;
  text: string;
  html: string;
}

const copy = {
  fr: {
    subject: (ref: string, brand: string) => `Votre commande ${brand} ${ref} est enregistrée`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: (ref: string) => `Nous avons bien enregistré votre commande ${ref}.`,
    reference: 'Référence de la commande',
    sep: ' : ',
    excl: 'HT',
    totals: 'Montant',
    ht: 'Montant HT',
    vat: 'TVA',
    ttc: 'Montant TTC',
    next: 'Pour finaliser la commande',
    nextText: (n: number, brand: string) =>
      `Il reste à compléter ${n === 1 ? 'le dossier de demande' : `les ${n} dossiers de demande (un par certificat)`} dans l’espace client ${brand}. Créez votre compte avec cette adresse e-mail, puis complétez chaque dossier : organisme, mandataire, bénéficiaire, remise, vérification d’identité et signature.`,
    link: 'Compléter mes dossiers',
    payment: 'Paiement',
    transfer: (i: Extract<PaymentInstructions, { method: 'transfer' }>, lang: 'fr') => [
      `Merci d’effectuer un virement de ${money(i.amount, lang)} sur le compte ci-dessous. Le certificat sera produit à réception du paiement.`,
      `Titulaire du compte : ${i.payee.holder}, ${i.payee.address}, ${i.payee.postalCode} ${i.payee.city}`,
      `IBAN : ${formatIban(i.payee.iban)}`,
      `BIC : ${i.payee.bic}`,
      `Domiciliation : ${i.payee.bankName} ${i.payee.bankBranch}`,
      `Libellé du virement : ${i.label}`,
    ],
    cheque: (i: Extract<PaymentInstructions, { method: 'cheque' }>, lang: 'fr') => [
      `Chèque n° ${i.chequeNumber} (${i.bank}) de ${money(i.amount, lang)} à l’ordre de ${i.payableTo}, à envoyer à : ${i.mailTo}. Le certificat sera produit à réception du chèque.`,
    ],
    mandate: (i: Extract<PaymentInstructions, { method: 'mandate' }>) => [
      `Mandat administratif : la facture sera déposée sur Chorus Pro (SIRET ${i.siret}, code service ${i.serviceCode}, numéro d’engagement ${i.chorusOrderNumber}), payable à ${i.paymentTermDays} jours.`,
    ],
    identifier:
      'Votre adresse e-mail est l’identifiant qui permet de suivre le statut de la commande.',
  },
  en: {
    subject: (ref: string, brand: string) => `Your ${brand} order ${ref} is registered`,
    hello: (name: string) => `Hello ${name},`,
    intro: (ref: string) => `We have registered your order ${ref}.`,
    reference: 'Order reference',
    sep: ': ',
    excl: 'excl. VAT',
    totals: 'Amount',
    ht: 'Total excl. VAT',
    vat: 'VAT',
    ttc: 'Total incl. VAT',
    next: 'To finish your order',
    nextText: (n: number, brand: string) =>
      `${n === 1 ? 'One application dossier remains' : `${n} application dossiers (one per certificate) remain`} to be completed in the ${brand} client space. Create your account with this e-mail address, then complete each dossier: organisation, mandataire (certification agent: the person who applies on the organisation’s behalf), beneficiary, delivery, identity check and signature.`,
    link: 'Complete my dossiers',
    payment: 'Payment',
    transfer: (i: Extract<PaymentInstructions, { method: 'transfer' }>, lang: 'en') => [
      `Please transfer ${money(i.amount, lang)} to the account below. The certificate is produced once the payment is received.`,
      `Account holder: ${i.payee.holder}, ${i.payee.address}, ${i.payee.postalCode} ${i.payee.city}`,
      `IBAN: ${formatIban(i.payee.iban)}`,
      `BIC: ${i.payee.bic}`,
      `Bank: ${i.payee.bankName} ${i.payee.bankBranch}`,
      `Transfer label: ${i.label}`,
    ],
    cheque: (i: Extract<PaymentInstructions, { method: 'cheque' }>, lang: 'en') => [
      `Cheque no. ${i.chequeNumber} (${i.bank}) for ${money(i.amount, lang)} payable to ${i.payableTo}, to be posted to: ${i.mailTo}. The certificate is produced once the cheque is received.`,
    ],
    mandate: (i: Extract<PaymentInstructions, { method: 'mandate' }>) => [
      `Administrative mandate: the invoice will be filed on Chorus Pro (SIRET ${i.siret}, service code ${i.serviceCode}, commitment number ${i.chorusOrderNumber}), payable within ${i.paymentTermDays} days.`,
    ],
    identifier: 'Your e-mail address is the identifier used to follow your order.',
  },
} as const;

/** The e-mail sent when an order is placed: reference, totals, how to pay, the link to the client space. */
export function orderConfirmationEmail(
  order: OrderResponse,
  customer: { firstName: string; lastName: string },
  locale: Locale,
  /** The seller the buyer knows: a white-label reseller (its name, colours), else CERTINOMIS. */
  seller: EmailBrand | string = certinomisBrand,
): OrderConfirmationEmail {
  const c = copy[locale];
  const sellerBrand =
    typeof seller === 'string'
      ? { ...certinomisBrand, name: seller, reseller: seller !== certinomisBrand.name }
      : seller;
  const brand = sellerBrand.name;
  const i = order.payment.instructions;
  const paymentLines =
    i.method === 'transfer'
      ? locale === 'fr'
        ? copy.fr.transfer(i, 'fr')
        : copy.en.transfer(i, 'en')
      : i.method === 'cheque'
        ? locale === 'fr'
          ? copy.fr.cheque(i, 'fr')
          : copy.en.cheque(i, 'en')
        : c.mandate(i);
  const name = `${customer.firstName} ${customer.lastName}`;
  const lines = order.lines.map(
    (l) => `${l.label} × ${l.quantity}${c.sep}${money(l.totalHt, locale)} ${c.excl}`,
  );
  const totals = [
    `${c.ht}${c.sep}${money(order.totals.ht, locale)}`,
    `${c.vat}${c.sep}${money(order.totals.vat, locale)}`,
    `${c.ttc}${c.sep}${money(order.totals.ttc, locale)}`,
  ];
  const reference = `${c.reference}${c.sep}${order.reference}`;
  const dossiers = order.dossiers.length;
  const text = [
    c.hello(name),
    '',
    c.intro(order.reference),
    reference,
    '',
    ...lines,
    ...totals,
    '',
    `${c.payment}`,
    ...paymentLines,
    '',
    c.next,
    c.nextText(dossiers, brand),
    `${c.link}${c.sep}${order.clientSpaceUrl}`,
    '',
    c.identifier,
  ].join('\n');
  const html = layout(
    c.subject(order.reference, brand),
    [
      `<p>${escapeHtml(c.hello(name))}</p>`,
      `<p>${escapeHtml(c.intro(order.reference))}<br>${escapeHtml(reference)}</p>`,
      `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
      `<p>${totals.map(escapeHtml).join('<br>')}</p>`,
      `<h2 style="font-size:16px">${escapeHtml(c.payment)}</h2>`,
      `<p>${paymentLines.map(escapeHtml).join('<br>')}</p>`,
      `<h2 style="font-size:16px">${escapeHtml(c.next)}</h2>`,
      `<p>${escapeHtml(c.nextText(dossiers, brand))}</p>`,
      `<p><a href="${escapeHtml(order.clientSpaceUrl)}" style="${buttonStyle(sellerBrand)}">${escapeHtml(c.link)}</a></p>`,
      `<p>${escapeHtml(c.identifier)}</p>`,
    ].join('\n'),
    locale,
    sellerBrand,
  );
  return { subject: c.subject(order.reference, brand), text, html };
}
