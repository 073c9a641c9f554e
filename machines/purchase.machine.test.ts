import { describe, expect, it } from 'vitest';
import {
  context,
  identified,
  issueFields,
  resolved,
  send,
  start,
  state,
  toIdentification,
  toOptions,
  toPayment,
  toReview,
} from './purchase/test-actors.ts';
import {
  billingDraft,
  customerDraft,
  organisations,
  PRODUCT,
  PRODUCT_CODES,
} from './purchase/test-fixtures.ts';

describe('start', () => {
  it('starts at the product list without a product', () => {
    const actor = start();
    expect(state(actor)).toBe('products');
    expect(context(actor)).toMatchObject({
      product: null,
      quantity: 1,
      organisation: null,
      organisationStatus: 'idle',
      cgvAccepted: false,
      issues: [],
      order: null,
      submitError: null,
    });
  });

  it('starts at the quantity when the page chose a valid product', () => {
    const actor = start({ product: PRODUCT, productCodes: PRODUCT_CODES });
    expect(state(actor)).toBe('quantity');
    expect(context(actor).product).toBe(PRODUCT);
  });

  it('ignores a product the catalogue does not have', () => {
    const actor = start({ product: 'OPE-AES-CAP-9A', productCodes: PRODUCT_CODES });
    expect(state(actor)).toBe('products');
    expect(context(actor).product).toBeNull();
    expect(state(start({ product: '  ' }))).toBe('products');
  });
});

describe('products and quantity', () => {
  it('selects a product, then a quantity, then goes to the form', () => {
    const actor = start({ productCodes: PRODUCT_CODES });
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-3A' });
    expect(state(actor)).toBe('quantity');
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-2A' });
    expect(context(actor).product).toBe('OPE-AES-CAP-2A');
    send(actor, { type: 'purchase.setQuantity', quantity: 50 }, { type: 'purchase.next' });
    expect(state(actor)).toBe('identification');
    expect(context(actor)).toMatchObject({ product: 'OPE-AES-CAP-2A', quantity: 50 });
  });

  it('refuses an unknown or empty product', () => {
    const actor = start({ productCodes: PRODUCT_CODES });
    send(actor, { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-9A' });
    expect(state(actor)).toBe('products');
    expect(issueFields(actor)).toEqual({ product: 'validation.product_unknown' });
    send(actor, { type: 'purchase.selectProduct', product: '' });
    expect(issueFields(actor)).toEqual({ product: 'validation.required' });
    send(actor, { type: 'purchase.selectProduct', product: PRODUCT });
    expect(state(actor)).toBe('quantity');
    expect(context(actor).issues).toEqual([]);
  });

  it.each([0, 51, 2.5, -3, Number.NaN])('refuses the quantity %s', (quantity) => {
    const actor = send(
      start({ product: PRODUCT }),
      { type: 'purchase.setQuantity', quantity: 4 },
      { type: 'purchase.setQuantity', quantity },
    );
    expect(context(actor).quantity).toBe(4);
    expect(issueFields(actor)).toEqual({ quantity: 'validation.quantity_range' });
    send(actor, { type: 'purchase.setQuantity', quantity: 5 });
    expect(context(actor).issues).toEqual([]);
  });

  it('refuses to change the product once past the quantity (one validity per order)', () => {
    for (const actor of [
      toIdentification(),
      toOptions(organisations.privateExisting),
      toPayment(organisations.privateExisting),
      toReview(organisations.privateExisting),
    ]) {
      const event = { type: 'purchase.selectProduct', product: 'OPE-AES-CAP-3A' } as const;
      expect(actor.getSnapshot().can(event)).toBe(false);
      const before = actor.getSnapshot();
      actor.send(event);
      expect(context(actor).product).toBe(PRODUCT);
      expect(actor.getSnapshot().value).toBe(before.value);
      expect(actor.getSnapshot().context).toEqual(before.context);
    }
  });

  it('does not take a quantity outside its screen', () => {
    const actor = toIdentification();
    send(actor, { type: 'purchase.setQuantity', quantity: 7 });
    expect(context(actor).quantity).toBe(2);
  });
});

describe('identification', () => {
  it('refuses Suivant with missing fields and shows them', () => {
    const actor = send(toIdentification(), { type: 'purchase.next' });
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toMatchObject({
      'customer.civility': 'validation.required',
      'customer.email': 'validation.required',
      'customer.siret': 'validation.required',
      'customer.city': 'validation.required',
    });
  });

  it('clears a field’s issue when it is edited', () => {
    const actor = send(toIdentification(), { type: 'purchase.next' });
    send(actor, { type: 'purchase.update', section: 'customer', values: { city: 'PARIS' } });
    expect(issueFields(actor)).not.toHaveProperty('customer.city');
    expect(issueFields(actor)).toHaveProperty('customer.email');
  });

  it('refuses an e-mail mismatch', () => {
    const actor = identified(organisations.privateExisting);
    send(
      actor,
      {
        type: 'purchase.update',
        section: 'customer',
        values: { emailConfirmation: 'jb.poqelin@moliere.fr' },
      },
      { type: 'purchase.next' },
    );
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toEqual({
      'customer.emailConfirmation': 'validation.email_mismatch',
    });
  });

  it('refuses a bad SIRET', () => {
    const actor = send(
      toIdentification(),
      { type: 'purchase.update', section: 'customer', values: customerDraft('12345678900001') },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_checksum' });
  });

  it('waits for the organisation lookup', () => {
    const actor = send(
      toIdentification(),
      {
        type: 'purchase.update',
        section: 'customer',
        values: customerDraft(organisations.privateExisting.siret),
      },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_unverified' });
    send(
      actor,
      { type: 'purchase.lookupStarted', siret: organisations.privateExisting.siret },
      { type: 'purchase.next' },
    );
    expect(context(actor).organisationStatus).toBe('pending');
    expect(issueFields(actor)).toEqual({ 'customer.siret': 'validation.siret_pending' });
    send(actor, resolved(organisations.privateExisting));
    expect(context(actor).issues).toEqual([]);
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('options');
  });

  it.each([
    [organisations.closed, 'closed', 'validation.siret_closed'],
    [null, 'unknown', 'validation.siret_unknown'],
    [null, 'error', 'validation.siret_lookup_failed'],
  ] as const)('refuses a SIRET whose lookup gave %j / %s', (organisation, status, key) => {
    const siret = organisations.closed.siret;
    const actor = send(
      toIdentification(),
      { type: 'purchase.update', section: 'customer', values: customerDraft(siret) },
      { type: 'purchase.organisationResolved', siret, organisation, status },
      { type: 'purchase.next' },
    );
    expect(state(actor)).toBe('identification');
    expect(issueFields(actor)).toEqual({ 'customer.siret': key });
  });

  it('ignores a lookup answer for a SIRET no longer entered (stale)', () => {
    const actor = identified(organisations.privateExisting);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicFirst.siret },
    });
    expect(context(actor)).toMatchObject({ organisation: null, organisationStatus: 'idle' });
    send(actor, resolved(organisations.privateExisting));
    send(actor, { type: 'purchase.lookupStarted', siret: organisations.privateExisting.siret });
    expect(context(actor)).toMatchObject({ organisation: null, organisationStatus: 'idle' });
    send(actor, resolved(organisations.publicFirst));
    expect(context(actor).organisation).toEqual(organisations.publicFirst);
  });

  it('keeps the organisation when the SIRET is only re-spaced', () => {
    const actor = identified(organisations.privateExisting);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: '523 456 788 00018' },
    });
    expect(context(actor).organisation).toEqual(organisations.privateExisting);
    send(actor, resolved(organisations.privateExisting));
    expect(context(actor).organisationStatus).toBe('found');
  });

  it('carries the SIRET into the mandate unless the buyer typed another one', () => {
    const actor = identified(organisations.publicFirst);
    expect(context(actor).payment.siret).toBe(organisations.publicFirst.siret);
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicExisting.siret },
    });
    expect(context(actor).payment.siret).toBe(organisations.publicExisting.siret);
    send(actor, {
      type: 'purchase.update',
      section: 'payment',
      values: { siret: '23750999700019' },
    });
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { siret: organisations.publicFirst.siret },
    });
    expect(context(actor).payment.siret).toBe('23750999700019');
  });

  it('checks billing only when "Les informations de facturation sont différentes" is ticked', () => {
    const actor = identified(organisations.privateExisting);
    send(
      actor,
      { type: 'purchase.setBillingDifferent', value: true },
      { type: 'purchase.update', section: 'billing', values: { ...billingDraft, city: '' } },
      { type: 'purchase.next' },
    );
    expect(issueFields(actor)).toEqual({ 'billing.city': 'validation.required' });
    send(actor, { type: 'purchase.setBillingDifferent', value: false });
    expect(context(actor).issues).toEqual([]);
    send(actor, { type: 'purchase.next' });
    expect(state(actor)).toBe('options');
  });

  it('ignores unknown keys and refuses values of the wrong type', () => {
    const actor = toIdentification();
    send(actor, {
      type: 'purchase.update',
      section: 'customer',
      values: { firstName: 42, nickname: 'Molière', city: 'PARIS' },
    });
    expect(context(actor).customer).toEqual({ city: 'PARIS' });
    expect(issueFields(actor)).toEqual({ 'customer.firstName': 'validation.type' });
  });
});
