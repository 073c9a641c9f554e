/**
 * The demo's React partner page (`/react`): `<CertinomisOrder>` from `certinomis-order/react`
 * (here its source), its typed callbacks updating React state. Plain `createElement`, no JSX.
 */
import { createElement as h, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CertinomisOrder } from '../../widget/react/certinomis-order-react.ts';

function PartnerPage() {
  const [step, setStep] = useState<string | null>(null);
  const [placed, setPlaced] = useState<{ reference: string; totalTTC: number } | null>(null);
  return h(
    'div',
    { className: 'site-content' },
    h('h1', null, 'Certificats de signature (page React)'),
    h(
      'p',
      { id: 'react-status', role: 'status' },
      placed
        ? `Commande ${placed.reference} passée : ${(placed.totalTTC / 100).toFixed(2)} € TTC`
        : `Étape : ${step ?? '…'}`,
    ),
    h(CertinomisOrder, {
      partnerKey: 'pk_test_omnikles',
      product: 'OPE-AES-CAP-1A',
      onStep: (event) => setStep(event.detail.step),
      onOrderPlaced: (event) =>
        setPlaced({ reference: event.detail.reference, totalTTC: event.detail.totalTTC }),
    }),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(StrictMode, null, h(PartnerPage)));
