/** Renewal (Renouveler): the purchase started for a certificate, its reader rule, and who may be renewed. */
import { describe, expect, it } from 'vitest';
import type { DossierStatus } from './contract/lists.ts';
import { renewable, renewalPrefill, renewalRefusal } from './dossier/renewal.ts';
import { issued, refuse, start as startDossier } from './dossier/test-snapshots.ts';
import { initialDossier, stepOf } from './dossier.machine.ts';
import { checkOrder } from './purchase/check-order.ts';
import { context, issueFields, orderFor, resolved, send, start } from './purchase/test-actors.ts';
import { customerDraft, organisations, PRODUCT, PRODUCT_CODES } from './purchase/test-fixtures.ts';
import { replayOrder, toOrderRequest } from './purchase.machine.ts';

const RENEWED = '0b9f7c1e-3a52-4d8e-9c61-2f4a5b6c7d8e';
const firstTime = organisations.privateFirst;

describe('a renewal purchase', () => {
  it('starts on the quantity screen, quantity 1, with the buyer and organisation pre-filled', () => {
    const customer = customerDraft(firstTime.siret);
    const actor = start({
      product: PRODUCT,
      productCodes: PRODUCT_CODES,
      renewalOf: RENEWED,
      customer,
    });
    expect(actor.getSnapshot().value).toBe('quantity');
    expect(context(actor).quantity).toBe(1);
    expect(context(actor).customer).toEqual(customer);
    expect(toOrderRequest(context(actor)).renewalOf).toBe(RENEWED);
  });

  it('does not force the USB reader even when the lookup says "first certificate"', () => {
    const actor = start({
      product: PRODUCT,
      renewalOf: RENEWED,
      customer: customerDraft(firstTime.siret),
    });
    send(actor, { type: 'purchase.next' }, resolved(firstTime), { type: 'purchase.next' });
    expect(actor.getSnapshot().value).toBe('options');
    expect(context(actor).options.usbReader).toBe(false);
    send(actor, { type: 'purchase.update', section: 'options', values: { usbReader: false } });
    send(actor, { type: 'purchase.next' });
    expect(actor.getSnapshot().value).toBe('payment');
  });

  it('a new certificate of the same organisation still has the reader forced on', () => {
    const actor = start({ product: PRODUCT, customer: customerDraft(firstTime.siret) });
    send(actor, { type: 'purchase.next' }, resolved(firstTime), { type: 'purchase.next' });
    expect(context(actor).options.usbReader).toBe(true);
    send(actor, { type: 'purchase.update', section: 'options', values: { usbReader: false } });
    expect(issueFields(actor)).toEqual({ 'options.usbReader': 'validation.usb_reader_required' });
  });

  it('the API accepts a renewal without a reader, and refuses the same order without renewalOf', () => {
    const options = { usbReader: false, express: false };
    const renewal = orderFor(firstTime, { quantity: 1, options, renewalOf: RENEWED });
    const plain = orderFor(firstTime, { quantity: 1, options });
    for (const check of [replayOrder, checkOrder]) {
      expect(check(renewal, firstTime, 'found', { productCodes: PRODUCT_CODES })).toEqual({
        ok: true,
      });
      expect(check(plain, firstTime, 'found', { productCodes: PRODUCT_CODES })).toMatchObject({
        ok: false,
        step: 'options',
        issues: [{ field: 'options.usbReader', key: 'validation.usb_reader_required' }],
      });
    }
  });
});

describe('renewalRefusal', () => {
  const order = { siren: '812345676', livemode: true };
  const target = (status: DossierStatus, overrides = {}) => ({
    status,
    siren: '812345676',
    livemode: true,
    renewedBy: null,
    ...overrides,
  });

  it.each(['issued', 'shipped', 'at_post_office'] as const)('renews a certificate %s', (status) => {
    expect(renewalRefusal(target(status), order)).toBeNull();
    expect(renewable({ status, renewedBy: null })).toBe(true);
  });

  it('refuses a revoked certificate', () => {
    expect(renewalRefusal(target('revoked'), order)).toBe('validation.renewal_revoked');
    expect(renewable({ status: 'revoked', renewedBy: null })).toBe(false);
  });

  it.each(['to_complete', 'in_review', 'awaiting_payment', 'refused', 'cancelled'] as const)(
    'refuses a certificate not issued (%s)',
    (status) => {
      expect(renewalRefusal(target(status), order)).toBe('validation.renewal_unknown');
      expect(renewable({ status, renewedBy: null })).toBe(false);
    },
  );

  it('refuses a certificate renewed already, of another organisation, of the other mode, or none', () => {
    expect(renewalRefusal(target('issued', { renewedBy: 'BD1734971739' }), order)).toBe(
      'validation.renewal_renewed',
    );
    expect(renewable({ status: 'issued', renewedBy: { orderReference: 'BD1' } })).toBe(false);
    expect(renewalRefusal(target('issued', { siren: '356000000' }), order)).toBe(
      'validation.renewal_unknown',
    );
    expect(renewalRefusal(target('issued', { livemode: false }), order)).toBe(
      'validation.renewal_unknown',
    );
    expect(renewalRefusal(null, order)).toBe('validation.renewal_unknown');
  });
});

describe('a renewal dossier', () => {
  it('offers the expiring dossier’s steps as drafts: every step still to confirm, then identity and signature', () => {
    const expiring = issued().context;
    const prefill = renewalPrefill({}, { dossierId: RENEWED, context: expiring });
    expect(prefill.organisation).toEqual(expiring.organisation);
    expect(prefill.renewal).toEqual({
      dossierId: RENEWED,
      orderReference: expiring.orderReference,
      mandataire: expiring.mandataire,
      beneficiaire: expiring.beneficiaire,
      delivery: expiring.delivery,
    });
    const dossier = initialDossier({ ...startDossier().context, paid: false, prefill });
    expect(stepOf(dossier)).toBe('organisation');
    for (const step of [
      'organisation',
      'mandataire',
      'beneficiaire',
      'delivery',
      'identity',
      'signature',
    ] as const) {
      expect(dossier.context[step]).toBeNull();
    }
    // Nothing was saved: the signature cannot be reached before each step is confirmed.
    expect(refuse(dossier, { type: 'dossier.goTo', step: 'signature' })).not.toEqual({});
  });
});
