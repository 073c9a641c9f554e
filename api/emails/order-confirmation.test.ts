import { describe, expect, it } from 'vitest';
import type { OrderResponse } from '../../machines/contract.ts';
import type { EmailBrand } from './brand.ts';
import { orderConfirmationEmail } from './order-confirmation.ts';

const order: OrderResponse = {
  reference: 'BD26000000018',
  createdAt: '2026-11-26T10:00:00.000Z',
  status: 'placed',
  lines: [
    {
      code: 'OPE-AES-CAP-1A',
      label: 'Certificat Décideur 1 an',
      quantity: 1,
      unitHt: 12_900,
      totalHt: 12_900,
    },
    { code: 'usb_reader', label: 'USB reader', quantity: 1, unitHt: 2_000, totalHt: 2_000 },
  ],
  totals: { ht: 14_900, vat: 2_980, ttc: 17_880 },
  currency: 'EUR',
  payment: {
    method: 'mandate',
    instructions: {
      method: 'mandate',
      siret: '11000201100044',
      serviceCode: 'SERV-42',
      chorusOrderNumber: 'EJ-2026-7',
      paymentTermDays: 30,
    },
  },
  dossiers: [{ id: '00000000-0000-4000-8000-000000000001', status: 'to_complete' }],
  clientSpaceUrl: 'https://certificats.attestia.example/espace?order=BD26000000018',
  renewalOf: null,
};
const buyer = { firstName: 'Jean-Baptiste', lastName: 'Poquelin' };
const attestia: EmailBrand = {
  name: 'Attestia',
  reseller: true,
  primary: '#0f766e',
  onPrimary: '#ffffff',
  clientSpaceUrl: 'https://certificats.attestia.example/espace',
};

describe('the order confirmation e-mail', () => {
  it('follows English typography: "Order reference:", "€129.00 excl. VAT", no space before colons', () => {
    const mail = orderConfirmationEmail(order, buyer, 'en', attestia);
    expect(mail.text).toContain('Order reference: BD26000000018');
    expect(mail.text).toContain('Certificat Décideur 1 an × 1: €129.00 excl. VAT');
    expect(mail.text).toContain('Total incl. VAT: €178.80');
    expect(mail.text).toContain(`Complete my dossiers: ${order.clientSpaceUrl}`);
    expect(mail.text).not.toMatch(/\S :/);
    expect(mail.text).not.toContain(' HT');
  });

  it('keeps French typography in French', () => {
    const mail = orderConfirmationEmail(order, buyer, 'fr');
    expect(mail.text).toContain('Référence de la commande : BD26000000018');
    expect(mail.text).toMatch(/Certificat Décideur 1 an × 1 : 129,00\s€ HT/);
    expect(mail.text).toMatch(/Montant TTC : 178,80\s€/);
  });

  it('explains "mandataire" once in English', () => {
    const mail = orderConfirmationEmail(order, buyer, 'en', attestia);
    expect(mail.text.match(/mandataire \(certification agent/g)).toHaveLength(1);
  });

  it('names no internal code (usb_reader, product codes)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const mail = orderConfirmationEmail(order, buyer, locale, attestia);
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/usb_reader|OPE-AES/);
    }
  });

  it("takes the reseller's colours and a footer in the buyer's language", () => {
    const en = orderConfirmationEmail(order, buyer, 'en', attestia);
    expect(en.html).toContain('background:#0f766e;color:#ffffff');
    expect(en.html).toContain(
      'Attestia — qualified eIDAS electronic signature certificates issued by CERTINOMIS',
    );
    expect(en.subject).toBe('Your Attestia order BD26000000018 is registered');
    const fr = orderConfirmationEmail(order, buyer, 'fr');
    expect(fr.html).toContain('background:#1d4f91;color:#ffffff');
    expect(fr.html).toContain('CERTINOMIS — certificats de signature électronique qualifiés eIDAS');
  });
});
