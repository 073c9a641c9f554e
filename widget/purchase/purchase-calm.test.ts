import { expect } from '@open-wc/testing';
import '../certinomis-order.ts';
import { clickButton, field, SIRET, settle, type } from '../test-helpers.ts';
import { start, toIdentification } from './test-helpers.ts';

/**
 * The purchase form does not scold (issue 17): no field shows an error before the buyer has
 * touched it or tried to go on.
 */

describe('<certinomis-order> purchase, calm form', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows no error on arrival at Identification, the SIRET included', async () => {
    const el = await start();
    await toIdentification(el);
    await settle(el);
    for (const name of ['customer.siret', 'customer.email', 'customer.firstName']) {
      const target = field(el, name);
      await target.updateComplete;
      expect(target.error, name).to.equal(null);
      expect(target.hasAttribute('error'), name).to.equal(false);
    }
  });

  it('explains the SIRET once it is left incomplete or 14 wrong digits are typed', async () => {
    const el = await start();
    await toIdentification(el);
    await type(el, 'customer.siret', '8123');
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
    await type(el, 'customer.siret', SIRET.badChecksum);
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
  });

  it('marks the empty SIRET once the buyer tries to go on', async () => {
    const el = await start();
    await toIdentification(el);
    clickButton(el, 'Suivant →');
    await settle(el);
    expect(field(el, 'customer.siret').error).to.be.a('string');
  });
});
