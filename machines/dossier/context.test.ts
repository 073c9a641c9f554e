import { describe, expect, it } from 'vitest';
import { initialDossierContext } from './context.ts';
import { orderInput } from './test-fixtures.ts';

describe('initialDossierContext', () => {
  it('keeps the order facts, every step empty', () => {
    const context = initialDossierContext(orderInput({ paid: true, paymentMethod: 'cheque' }));
    expect(context).toMatchObject({
      orderReference: 'BD1734971738',
      productCode: 'OPE-AES-CAP-3A',
      validityYears: 3,
      express: false,
      paymentMethod: 'cheque',
      paid: true,
      prefill: null,
      organisation: null,
      mandataire: null,
      beneficiaire: null,
      delivery: null,
      identity: null,
      signature: null,
      identityStatus: 'none',
      documentUploaded: false,
      paperReceived: false,
      certificate: null,
      shipment: null,
      issues: [],
    });
  });

  it('copies the prefill as plain JSON', () => {
    const prefill = { organisation: { siret: '81234567600017', name: undefined } };
    const context = initialDossierContext(orderInput({ prefill }));
    expect(context.prefill).toEqual({ organisation: { siret: '81234567600017' } });
    expect(context.prefill?.organisation).not.toBe(prefill.organisation);
  });

  it('is plain JSON', () => {
    const context = initialDossierContext(orderInput());
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  });
});
