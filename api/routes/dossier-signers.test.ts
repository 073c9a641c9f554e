/**
 * Every signer signs: when the bénéficiaire is another person than the mandataire, each signs
 * with their own SMS code on their own mobile, in either order; the dossier stays "À signer"
 * until both have, and any edit voids every signature.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DossierResponse, FieldError, OrderResponse } from '../../machines/contract.ts';
import {
  beneficiaireData,
  mandataireData,
  organisationData,
} from '../../machines/dossier/test-fixtures.ts';
import { orderBody } from '../../machines/purchase/test-orders.ts';
import { sessionFor } from '../testing/sessions.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { databaseKind } from '../testing/test-database.ts';

const buyer = 'jb.poquelin@moliere.fr';
const MANDATAIRE_MOBILE = '+33612345678';
const BENEFICIAIRE_MOBILE = '+33798765432';

type Body = DossierResponse & { errors?: FieldError[] };
type Signer = 'mandataire' | 'beneficiaire';

describe(`every signer signs (${databaseKind})`, () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let dossierId: string;
  let reference: string;

  const get = async () => {
    const res = await t.call('GET', `/v1/dossiers/${dossierId}`, undefined, auth);
    return (await res.json()) as Body;
  };
  const post = async (path: string, body: object | undefined) => {
    const res = await t.call('POST', `/v1/dossiers/${dossierId}${path}`, body, {
      ...auth,
      'If-Match': `"${(await get()).version}"`,
    });
    return { res, body: (await res.json()) as Body & { sentTo?: string; signer?: Signer } };
  };
  const save = async (step: string, data: object) => {
    const { res, body } = await post('/events', { type: 'dossier.save', step, data });
    expect(res.status, JSON.stringify(body)).toBe(200);
    return body;
  };
  const requestCode = (signer: Signer) => post('/signature/code', { signer });
  /** The code texted to `mobile`, last one first. */
  const codeSentTo = async (mobile: string) => {
    const sms = await t.db
      .selectFrom('outbox')
      .select('text_body')
      .where('channel', '=', 'sms')
      .where('recipient', '=', mobile)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    return /\b(\d{6})\b/.exec(sms.text_body)?.[1] ?? '';
  };
  const sign = (signer: Signer, code: string) => post('/signature', { code, signer });
  const signers = async () =>
    (await get()).data.signers as Record<Signer, { signedAt: string | null }> | undefined;

  async function upToSignature(beneficiaire: object = beneficiaireData) {
    await save('organisation', organisationData);
    await save('mandataire', mandataireData);
    await save('beneficiaire', beneficiaire);
    await save('delivery', { recipient: 'beneficiaire', mode: 'post_office' });
    await save('identity', { method: 'face_to_face' });
    return save('signature', { method: 'online' });
  }

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    const res = await t.call('POST', '/v1/orders', orderBody({ email: buyer }), {
      'Idempotency-Key': crypto.randomUUID(),
    });
    const order = (await res.json()) as OrderResponse;
    dossierId = order.dossiers[0]!.id;
    reference = order.reference;
    auth = await sessionFor(t.db, buyer);
  });

  it.each([
    ['mandataire first', ['mandataire', 'beneficiaire'] as const],
    ['bénéficiaire first', ['beneficiaire', 'mandataire'] as const],
  ])('needs both signatures, %s, each code on its own mobile', async (_, order) => {
    await upToSignature();
    const mobiles = { mandataire: MANDATAIRE_MOBILE, beneficiaire: BENEFICIAIRE_MOBILE };
    // Both codes out before anyone signs: each stays valid.
    for (const signer of order) {
      const sent = await requestCode(signer);
      expect(sent.res.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body.signer).toBe(signer);
      expect(sent.body.sentTo).toMatch(signer === 'mandataire' ? /^06 .* 78$/ : /^07 .* 32$/);
    }
    const rows = await t.db
      .selectFrom('signature_codes')
      .select(['signer', 'phone'])
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(Object.fromEntries(rows.map((row) => [row.signer, row.phone]))).toEqual(mobiles);
    // One SMS per signer, each to their own mobile (the texts name this order's dossier).
    const texted = await t.db
      .selectFrom('outbox')
      .select('recipient')
      .where('channel', '=', 'sms')
      .where('text_body', 'like', `%${reference}%`)
      .execute();
    expect(texted.map((row) => row.recipient).sort()).toEqual(
      [MANDATAIRE_MOBILE, BENEFICIAIRE_MOBILE].sort(),
    );
    const [first, second] = order;
    const codes = {
      [first]: await codeSentTo(mobiles[first]),
      [second]: await codeSentTo(mobiles[second]),
    };
    expect(codes[first]).not.toBe('');

    const one = await sign(first, codes[first] ?? '');
    expect(one.res.status, JSON.stringify(one.body)).toBe(200);
    expect(one.body.status).toBe('to_sign');
    expect(one.body.editable).toBe(true);
    expect((await signers())?.[first]?.signedAt).toEqual(expect.any(String));
    expect((await signers())?.[second]?.signedAt).toBeNull();

    const two = await sign(second, codes[second] ?? '');
    expect(two.res.status, JSON.stringify(two.body)).toBe(200);
    expect(two.body.status).toBe('in_review');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['event', 'to_state', 'data'])
      .where('entity_id', '=', dossierId)
      .where('event', '=', 'signature.signedOnline')
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((row) => row.to_state)).toEqual(['to_sign', 'in_review']);
    const signedBy = audit.map(
      (row) =>
        (
          (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as {
            event: { signer: Signer };
          }
        ).event.signer,
    );
    expect(signedBy).toEqual([first, second]);
  });

  it('refuses a third signature, naming the signer', async () => {
    await upToSignature();
    for (const signer of ['mandataire', 'beneficiaire'] as const) {
      await requestCode(signer);
      const code = await codeSentTo(
        signer === 'mandataire' ? MANDATAIRE_MOBILE : BENEFICIAIRE_MOBILE,
      );
      expect((await sign(signer, code)).res.status).toBe(200);
    }
    const again = await requestCode('mandataire');
    expect(again.res.status).toBe(422);
    expect(again.body.errors?.[0]).toMatchObject({ field: 'signer' });
    expect(again.body.errors?.[0]?.message).toMatch(/déjà signé/);
    const third = await sign('beneficiaire', '123456');
    expect(third.res.status).toBe(422);
    expect(third.body.errors?.[0]?.field).toBe('signer');
    expect((await get()).status).toBe('in_review');
  });

  it('voids every signature on an edit after one signature', async () => {
    await upToSignature();
    await requestCode('mandataire');
    await requestCode('beneficiaire');
    const mandataireCode = await codeSentTo(MANDATAIRE_MOBILE);
    const beneficiaireCode = await codeSentTo(BENEFICIAIRE_MOBILE);
    expect((await sign('mandataire', mandataireCode)).res.status).toBe(200);
    await post('/events', { type: 'dossier.goTo', step: 'delivery' });
    await save('delivery', { recipient: 'mandataire', mode: 'post_office' });
    expect(await signers()).toEqual({});
    await save('identity', { method: 'face_to_face' });
    await save('signature', { method: 'online' });
    const stale = await sign('beneficiaire', beneficiaireCode);
    expect(stale.res.status).toBe(422);
    expect(stale.body.errors?.[0]?.field).toBe('code');
    expect(stale.body.errors?.[0]?.message).toMatch(/modifié depuis l’envoi du code/);
    expect((await get()).status).toBe('to_sign');
    // The mandataire signs again, with a new code.
    await requestCode('mandataire');
    const fresh = await sign('mandataire', await codeSentTo(MANDATAIRE_MOBILE));
    expect(fresh.body.status).toBe('to_sign');
  });

  it('takes each signer’s own code only', async () => {
    await upToSignature();
    await requestCode('mandataire');
    const crossed = await sign('beneficiaire', await codeSentTo(MANDATAIRE_MOBILE));
    expect(crossed.res.status).toBe(422);
    expect(crossed.body.errors?.[0]?.field).toBe('code');
    expect((await get()).status).toBe('to_sign');
  });

  it('signs once when the bénéficiaire is the mandataire, and refuses an unknown signer', async () => {
    await upToSignature({ sameAsMandataire: true });
    const extra = await requestCode('beneficiaire');
    expect(extra.res.status).toBe(422);
    expect(extra.body.errors?.[0]).toMatchObject({ field: 'signer' });
    const unknown = await post('/signature/code', { signer: 'notaire' });
    expect(unknown.res.status).toBe(422);
    expect(unknown.body.errors?.[0]?.field).toBe('signer');
    // Without a body (even one announced as JSON): the mandataire's code, as before.
    expect((await post('/signature/code', undefined)).res.status).toBe(200);
    const announced = await t.call('POST', `/v1/dossiers/${dossierId}/signature/code`, undefined, {
      ...auth,
      'If-Match': `"${(await get()).version}"`,
      'Content-Type': 'application/json',
    });
    expect(announced.status).toBe(200);
    const signed = await post('/signature', { code: await codeSentTo(MANDATAIRE_MOBILE) });
    expect(signed.body.status).toBe('in_review');
    const codes = await t.db
      .selectFrom('signature_codes')
      .select(['signer', 'phone'])
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(codes).toEqual([
      { signer: 'mandataire', phone: MANDATAIRE_MOBILE },
      { signer: 'mandataire', phone: MANDATAIRE_MOBILE },
    ]);
  });
});
