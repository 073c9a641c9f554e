import sharp from 'sharp';
import type {
  DossierResponse,
  LoginStarted,
  OrderResponse,
  SessionResponse,
} from '../../machines/contract.ts';
import { mandataireData, organisationData } from '../../machines/dossier/test-fixtures.ts';
import {
  type PaymentKind,
  uniqueEmail,
  uniqueMobile,
} from '../../machines/purchase/test-orders.ts';
import { demoPartnerKey, placeOrder } from './orders.ts';

/** The password of the buyers made by {@link signedDossier}. */
export const BUYER_PASSWORD = 'Les Précieuses ridicules 1659!';

/** The routes a partner's page calls with its key (the others are the client space's). */
const partnerSurface = /^\/v1\/(orders$|cgv|catalog|quotes|organisations)/;

async function call(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      // The order as the demo's partner page places it (a test order); the buyer's account
      // steps as CERTINOMIS's own client space does them (same origin, no key).
      ...(partnerSurface.test(path) ? { 'X-Partner-Key': demoPartnerKey } : {}),
      ...(body === undefined || body instanceof FormData
        ? {}
        : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
  });
}

async function expectStatus(res: Response, status: number, what: string): Promise<Response> {
  if (res.status !== status) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** The newest message of `channel` sent to `to`, from the demo outbox (`/dev/outbox`). */
async function outbox(baseUrl: string, to: string, channel: 'email' | 'sms'): Promise<string[]> {
  const res = await call(
    baseUrl,
    'GET',
    `/dev/outbox?to=${encodeURIComponent(to)}&channel=${channel}`,
  );
  return ((await res.json()) as { text: string }[]).map((message) => message.text);
}

/** The address of the newest e-mailed link to `to` carrying `?param=` (as the mailbox shows it). */
export async function mailedLink(
  baseUrl: string,
  to: string,
  param: 'verify' | 'login',
): Promise<string> {
  // Registration e-mails are written after the API answered: wait (generously) for one.
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const text of await outbox(baseUrl, to, 'email')) {
      const match = new RegExp(`https?://\\S+?[?&]${param}=[A-Za-z0-9_-]+`).exec(text);
      if (match) return match[0];
    }
    if (Date.now() > deadline) throw new Error(`no ${param} link mailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `POST /v1/auth/login` (the password): the attempt waiting for its e-mailed link. */
export async function startLogin(
  baseUrl: string,
  email: string,
  password: string,
): Promise<LoginStarted> {
  const res = await expectStatus(
    await call(baseUrl, 'POST', '/v1/auth/login', { email, password }),
    202,
    `login ${email}`,
  );
  return (await res.json()) as LoginStarted;
}

/** A whole login through the API: the password, then the e-mailed link with the attempt. */
export async function apiSession(
  baseUrl: string,
  email: string,
  password: string,
): Promise<SessionResponse> {
  const { loginAttemptId } = await startLogin(baseUrl, email, password);
  const token = new URL(await mailedLink(baseUrl, email, 'login')).searchParams.get('login');
  const res = await expectStatus(
    await call(baseUrl, 'POST', '/v1/auth/verify', { token, loginAttemptId }),
    200,
    'verify',
  );
  return (await res.json()) as SessionResponse;
}

export interface SignedDossier {
  order: OrderResponse;
  dossierId: string;
  email: string;
  password: string;
}

/**
 * An order whose single dossier its buyer completed online and signed by SMS, all through the
 * running demo's API (the flow of api/routes/admin.test.ts): the order (transfer by default),
 * the buyer's account (registration, the e-mailed confirmation), a session (password + the
 * e-mailed link), each step saved, an ID scan uploaded, the SMS code read from the outbox and
 * sent back. The dossier is then `in_review`, waiting for the operator.
 */
export async function signedDossier(
  baseUrl: string,
  options: { payment?: PaymentKind; express?: boolean; email?: string } = {},
): Promise<SignedDossier> {
  const email = options.email ?? uniqueEmail('buyer');
  const payment = options.payment ?? 'transfer';
  const siret = payment === 'mandate' ? '21750999100014' : '81234567600017';
  const order = await placeOrder(baseUrl, {
    email,
    payment,
    siret,
    express: options.express ?? false,
  });
  const dossierId = order.dossiers[0]?.id;
  if (!dossierId) throw new Error('the order has no dossier');

  await expectStatus(
    await call(baseUrl, 'POST', '/v1/auth/register', { email, password: BUYER_PASSWORD }),
    202,
    'register',
  );
  const verify = new URL(await mailedLink(baseUrl, email, 'verify')).searchParams.get('verify');
  await expectStatus(
    await call(baseUrl, 'POST', '/v1/auth/verify-email', { token: verify }),
    200,
    'verify-email',
  );
  const { accessToken } = await apiSession(baseUrl, email, BUYER_PASSWORD);
  const auth = { Authorization: `Bearer ${accessToken}` };

  const version = async () =>
    (
      (await (
        await call(baseUrl, 'GET', `/v1/dossiers/${dossierId}`, undefined, auth)
      ).json()) as DossierResponse
    ).version;
  const save = async (step: string, data: object) =>
    expectStatus(
      await call(
        baseUrl,
        'POST',
        `/v1/dossiers/${dossierId}/events`,
        { type: 'dossier.save', step, data },
        { ...auth, 'If-Match': `"${await version()}"` },
      ),
      200,
      `save ${step}`,
    );
  const mobile = uniqueMobile().replaceAll(' ', '');
  await save('organisation', { ...organisationData, siret });
  await save('mandataire', { ...mandataireData, mobile });
  await save('beneficiaire', { sameAsMandataire: true });
  await save('delivery', { recipient: 'mandataire', mode: 'mail' });
  await save('identity', { method: 'online' });
  const png = await sharp({
    create: { width: 60, height: 40, channels: 3, background: '#3366cc' },
  })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set('file', new File([new Uint8Array(png)], 'cni.png', { type: 'image/png' }));
  await expectStatus(
    await call(baseUrl, 'POST', `/v1/dossiers/${dossierId}/documents`, form, auth),
    201,
    'upload',
  );
  await save('signature', { method: 'online' });
  await expectStatus(
    await call(baseUrl, 'POST', `/v1/dossiers/${dossierId}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${await version()}"`,
    }),
    200,
    'signature code',
  );
  const [sms] = await outbox(baseUrl, `+33${mobile.slice(1)}`, 'sms');
  const code = /\b(\d{6})\b/.exec(sms ?? '')?.[1];
  if (!code) throw new Error(`no SMS code sent to ${mobile}`);
  await expectStatus(
    await call(
      baseUrl,
      'POST',
      `/v1/dossiers/${dossierId}/signature`,
      { code },
      { ...auth, 'If-Match': `"${await version()}"` },
    ),
    200,
    'signature',
  );
  return { order, dossierId, email, password: BUYER_PASSWORD };
}
