/**
 * Helpers of the revocation component tests (imported by `*.test.ts` only): a certificate
 * issued through the real API (order, signed dossier, payment, identity, issuance by this
 * file's operator) and the revocation code the API e-mailed for it (read from `/dev/outbox`).
 */
import type { AdminDossier, OrderResponse, SessionResponse } from '../../machines/contract.ts';
import { mandataireData } from '../../machines/dossier/test-fixtures.ts';
import {
  buyerSession,
  operate,
  operatorSession,
  placeOrder,
  signDossier,
} from '../backoffice/test-helpers.ts';

const CODE = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}/;

async function ok(response: Promise<Response> | Response, what: string): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

/** A buyer's order taken to "Certificat émis" (as the back office would). */
export async function issuedCertificate(email: string): Promise<{
  order: OrderResponse;
  id: string;
  buyer: SessionResponse;
}> {
  const order = await placeOrder(email);
  const id = order.dossiers[0]?.id ?? '';
  const buyer = await buyerSession(email);
  await signDossier(id, buyer.accessToken);
  const { accessToken } = await operatorSession();
  const auth = { Authorization: `Bearer ${accessToken}` };
  const detail = (await (
    await ok(fetch(`/v1/admin/dossiers/${id}`, { headers: auth }), 'admin dossier')
  ).json()) as AdminDossier;
  await ok(
    fetch(`/v1/admin/orders/${encodeURIComponent(order.reference)}/payment`, {
      method: 'POST',
      headers: {
        ...auth,
        'Content-Type': 'application/json',
        'If-Match': `"${detail.dossier.version}"`,
      },
      body: JSON.stringify({
        amount: order.totals.ttc,
        reference: `VIR SEPA ${order.reference} MOLIERE`,
      }),
    }),
    'payment',
  );
  await ok(operate(accessToken, id, { type: 'identity.verified' }), 'identity');
  const serialNumber = crypto.randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase();
  await ok(
    operate(accessToken, id, {
      type: 'certificate.issued',
      serialNumber,
      notBefore: new Date().toISOString(),
    }),
    'issue',
  );
  return { order, id, buyer };
}

/**
 * The newest revocation code e-mailed to the mandataire for the order `reference` (the e-mail
 * names the order): waits for it, since the request writes it in its own transaction.
 */
export async function mailedRevocationCode(reference: string): Promise<string> {
  const to = mandataireData.email.toLowerCase();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`/dev/outbox?to=${encodeURIComponent(to)}&channel=email`);
    const messages = (await res.json()) as { text: string }[];
    for (const { text } of messages) {
      if (!text.includes(reference)) continue;
      const code = CODE.exec(text)?.[0];
      if (code) return code;
    }
    if (Date.now() > deadline) throw new Error(`no revocation code mailed for ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
