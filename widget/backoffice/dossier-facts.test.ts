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
