import { expect } from '@open-wc/testing';
import type {
  AdminDossier,
  AdminOrder,
  DossierResponse,
  HistoryRow,
} from '../../machines/contract.ts';
import { initialDossierContext } from '../../machines/dossier/context.ts';
import { availableActions, splitRefusal } from './action-kinds.ts';
import {
  addressOf,
  billingFacts,
  buyerFacts,
  certificateFacts,
  historyActor,
  historyChange,
  historyEvent,
  orderFacts,
  paymentFacts,
  shipTo,
  shownFacts,
  stepFacts,
} from './dossier-facts.ts';

const order: AdminOrder = {
  reference: 'CMD-2026-000042',
  customer: {
    civility: 'MR',
    firstName: 'Jean-Baptiste',
    lastName: 'POQUELIN',
    companyName: 'MOLIERE COMPAGNIE',
    siret: '81234567600017',
    email: 'jb@moliere.example',
    address: '1 rue Richelieu',
    postalCode: '75001',
    city: 'Paris',
    country: 'FR',
  },
  billing: null,
  totalHt: 10000,
  totalVat: 2000,
  totalTtc: 12000,
  usbReader: true,
  express: false,
  publicAdministration: false,
  method: 'transfer',
  status: 'pending',
  details: { transferReference: 'MOLIERE CERTIF 2026' },
  receivedAt: null,
};

const context = () =>
  initialDossierContext({
    orderReference: order.reference,
    productCode: 'OPE-AES-CAP-1A',
    validityYears: 3,
    express: false,
    paymentMethod: 'transfer',
    paid: false,
  });

const dossier = {
  id: 'd1',
  orderReference: order.reference,
  orderDate: '2026-03-01T09:30:00Z',
  productLabel: 'Certificat',
  position: 1,
  quantity: 2,
  express: false,
  status: 'in_review',
  accepts: ['identity.verified', 'payment.received'],
} as unknown as DossierResponse;

const factValue = (facts: readonly (readonly [string, unknown])[], label: string) =>
  facts.find(([l]) => l === label)?.[1];

describe('back-office dossier facts', () => {
  it('says the order with its reference as an identifier and the total in bold', () => {
    const facts = orderFacts({ dossier, order, history: [] }, 'fr');
    expect(factValue(facts, 'Référence')).to.deep.equal({ mono: 'CMD-2026-000042' });
    expect(factValue(facts, 'Certificat')).to.equal('certificat 1/2');
    const total = factValue(facts, 'Montant TTC') as { strong: string };
    expect(total.strong).to.match(/^120\s€$/);
  });

  it("says each time in the organisation's zone, and which zone", () => {
    expect(
      factValue(orderFacts({ dossier, order, history: [] }, 'fr'), 'Date de commande'),
    ).to.equal('01/03/2026 à 10:30 (heure de Paris)');
    const reunion = {
      ...dossier,
      data: { prefill: { organisation: { postalCode: '97400', country: 'FR' } } },
    };
    const facts = orderFacts({ dossier: reunion, order, history: [] }, 'en');
    expect(facts.map(([, value]) => value)).to.include('01/03/2026 at 13:30 (Réunion time)');
  });

  it('names the buyer with the civility and writes the address on one line', () => {
    const facts = buyerFacts(order, 'fr');
    expect(factValue(facts, 'Nom')).to.equal('M. Jean-Baptiste POQUELIN');
    expect(factValue(facts, 'Adresse')).to.equal('1 rue Richelieu, 75001 Paris');
    expect(addressOf({ city: 'Bruxelles', country: 'BE' })).to.equal('Bruxelles (BE)');
    expect(addressOf({})).to.equal(null);
    expect(billingFacts(order, 'fr')).to.equal(null);
  });

  it('leaves out the lines without a value', () => {
    const shown = shownFacts(paymentFacts(order, context(), 'en'));
    expect(shown.map(([label]) => label)).to.not.include('Announced cheque number');
    expect(factValue(shown, 'Customer’s transfer reference')).to.equal('MOLIERE CERTIF 2026');
  });

  it('says a certificate not issued yet and each step of a fresh dossier', () => {
    expect(factValue(certificateFacts(context(), 'fr'), 'Numéro de série')).to.equal(
      'Pas encore émis',
    );
    const steps = stepFacts(context(), 'fr');
    expect(Object.keys(steps)).to.deep.equal([
      'organisation',
      'mandataire',
      'beneficiaire',
      'delivery',
      'identity',
      'signature',
    ]);
    expect(shownFacts(steps.organisation)).to.deep.equal([]);
    expect(factValue(steps.signature, 'Mode')).to.equal('Pas encore signé');
  });

  it('says who has signed when the bénéficiaire is another person, and nothing more for one', () => {
    const person = (firstName: string, email: string, mobile: string) => ({
      civility: 'MME' as const,
      firstName,
      lastName: 'BEJART',
      email,
      mobile,
      function: 'Comédienne',
    });
    const two = {
      ...context(),
      mandataire: person('Madeleine', 'madeleine@moliere.fr', '+33612345678'),
      beneficiaire: {
        sameAsMandataire: false as const,
        person: person('Armande', 'armande@moliere.fr', '+33798765432'),
      },
      signature: { method: 'online' as const },
      signers: {
        beneficiaire: {
          codeSentAt: null,
          codeSentForVersion: null,
          signedAt: '2026-03-02T10:15:00Z',
        },
      },
    };
    const fr = stepFacts(two, 'fr').signature;
    expect(factValue(fr, 'Signature du bénéficiaire')).to.match(/^signé le 02\/03\/2026/);
    expect(factValue(fr, 'Signature du mandataire')).to.equal('à signer');
    expect(factValue(stepFacts(two, 'en').signature, 'Authorising officer’s signature')).to.equal(
      'to sign',
    );
    const one = { ...two, beneficiaire: { sameAsMandataire: true as const } };
    expect(factValue(stepFacts(one, 'fr').signature, 'Signature du mandataire')).to.equal(
      undefined,
    );
  });

  it('says where a mandate order stands: the invoice for Chorus Pro, then the mandate paid', () => {
    const mandate: AdminOrder = {
      ...order,
      method: 'mandate',
      status: 'mandate',
      publicAdministration: true,
      details: { siret: '21750001600019', serviceCode: 'SERV-42', chorusOrderNumber: 'EJ-2026-7' },
    };
    const awaited = factValue(paymentFacts(mandate, context(), 'fr'), 'Facture et mandat');
    expect(awaited).to.match(/^Facture de 120\s€ TTC à déposer sur Chorus Pro/);
    expect(awaited).to.contain('code service SERV-42, numéro d’engagement EJ-2026-7');
    expect(awaited).to.contain('mandat en attente de paiement');
    const paid = {
      ...mandate,
      status: 'received',
      receivedAt: '2026-04-15T08:00:00Z',
    } as AdminOrder;
    expect(factValue(paymentFacts(paid, context(), 'en'), 'Invoice and mandate')).to.match(
      /^Mandate paid on 15\/04\/2026: €120$/,
    );
    // Not a line for the other payment modes.
    expect(factValue(paymentFacts(order, context(), 'fr'), 'Facture et mandat')).to.equal(null);
  });

  it('shows where the operator ships: the recipient and the address, or the post office', () => {
    const person = {
      civility: 'MME' as const,
      firstName: 'Armande',
      lastName: 'BÉJART',
      email: 'armande@moliere.example',
      mobile: '0612345678',
      function: 'Gérante',
    };
    const filled = {
      ...context(),
      organisation: {
        siret: '81234567600017',
        name: 'MOLIERE COMPAGNIE',
        address: '1 rue Richelieu',
        postalCode: '75001',
        city: 'Paris',
        country: 'FR',
      },
      mandataire: person,
      beneficiaire: { sameAsMandataire: true as const },
      delivery: { recipient: 'beneficiaire' as const, mode: 'mail' as const },
    };
    const address = 'Armande BÉJART, MOLIERE COMPAGNIE, 1 rue Richelieu, 75001 Paris';
    expect(shipTo(filled, 'fr')).to.equal(address);
    expect(factValue(stepFacts(filled, 'fr').delivery, 'Adresse d’expédition')).to.equal(address);
    expect(factValue(certificateFacts(filled, 'fr'), 'Adresse d’expédition')).to.equal(address);
    const counter = {
      ...filled,
      delivery: { recipient: 'mandataire' as const, mode: 'post_office' as const },
    };
    expect(shipTo(counter, 'en')).to.equal(
      'Post office, in the name of Armande BÉJART, near 75001 Paris',
    );
    expect(shipTo(context(), 'fr')).to.equal(null);
  });

  it('says who did what in the history, and the change of state', () => {
    const row: HistoryRow = {
      occurredAt: '2026-03-01T10:00:00Z',
      actorType: 'operator',
      actorId: 'ops@certinomis.example',
      event: 'dossier.saved',
      fromState: 'draft',
      toState: 'in_review',
      data: { event: { step: 'mandataire' } },
    };
    expect(historyActor(row, 'fr')).to.contain('(ops@certinomis.example)');
    expect(historyChange(row, 'fr')).to.contain(' → ');
    expect(historyChange({ ...row, toState: null }, 'fr')).to.equal('—');
    expect(historyEvent({ ...row, event: 'unknown.event' }, 'fr')).to.equal('unknown.event');
    const signed = { ...row, event: 'signature.signedOnline' };
    expect(historyEvent({ ...signed, data: { event: { signer: 'beneficiaire' } } }, 'fr')).to.equal(
      'Signé en ligne par le bénéficiaire',
    );
    expect(historyEvent({ ...signed, data: { event: { signer: 'mandataire' } } }, 'en')).to.equal(
      'Signed online by the authorising officer',
    );
    // Stored before two signers: no signer named.
    expect(historyEvent({ ...signed, data: { event: {} } }, 'fr')).to.equal(
      'Dossier signé en ligne',
    );
  });
});

describe('back-office actions', () => {
  it('offers the events the API accepts, the payment while a transfer is awaited, never a refused issue', () => {
    const detail: AdminDossier = { dossier, order, history: [] };
    expect(availableActions(detail)).to.deep.equal(['identityVerified', 'payment']);
    expect(availableActions({ ...detail, order: { ...order, status: 'received' } })).to.deep.equal([
      'identityVerified',
    ]);
    const issuable = { ...dossier, accepts: [...dossier.accepts, 'certificate.issued'] };
    expect(availableActions({ ...detail, dossier: issuable as DossierResponse })).to.deep.equal([
      'identityVerified',
      'payment',
      'issue',
    ]);
  });

  it('puts a refusal on the form’s fields and lists the rest', () => {
    const split = splitRefusal('issue', [
      { field: 'event.serialNumber', message: 'Format' },
      { field: 'event.serialNumber', message: 'Second' },
      { field: 'certificate', message: 'Identité non vérifiée' },
    ]);
    expect(split).to.deep.equal({
      byField: { serialNumber: 'Format' },
      general: ['Second', 'Identité non vérifiée'],
      missing: true,
    });
  });
});
