import { describe, expect, it } from 'vitest';
import { signWebhook } from '../api/webhooks/signature.ts';
import { verifyWebhook, WebhookVerificationError } from './verify-webhook.ts';

/** The sample partners copy, checked against the signer the API really uses. */
describe('examples/verify-webhook.ts', () => {
  const secret = 'whsec_partner_signing_secret_abcdef';
  const now = new Date('2026-12-01T10:00:00.000Z');
  const t = Math.floor(now.getTime() / 1000);
  const body = JSON.stringify({
    id: 'evt_0b6f6d5e-6a43-4c1e-9a53-3f6f2f1b9e10',
    type: 'certificate.shipped',
    created: now.toISOString(),
    livemode: true,
    data: { dossierId: 'd1', orderReference: '1764000001', carrier: 'Chronopost' },
  });

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return (error as WebhookVerificationError).reason;
  };

  it('accepts our signature and returns the parsed event', async () => {
    const header = await signWebhook(secret, t, body);
    const event = await verifyWebhook<{ carrier: string }>(body, header, secret, { now });
    expect(event.id).toBe('evt_0b6f6d5e-6a43-4c1e-9a53-3f6f2f1b9e10');
    expect(event.type).toBe('certificate.shipped');
    expect(event.livemode).toBe(true);
    expect(event.data.carrier).toBe('Chronopost');
  });

  it('accepts a rotation overlap header (t=…,v1=<new>,v1=<old>) with either secret or both', async () => {
    const newSecret = 'whsec_partner_new_signing_secret_123456';
    const header = await signWebhook([newSecret, secret], t, body);
    expect(header.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
    for (const s of [newSecret, secret, [newSecret, secret]]) {
      await expect(verifyWebhook(body, header, s, { now })).resolves.toMatchObject({
        type: 'certificate.shipped',
      });
    }
    // After the overlap only the new secret signs: a receiver still on the old one refuses.
    const after = await signWebhook(newSecret, t, body);
    expect(await refusal(verifyWebhook(body, after, secret, { now }))).toBe('signature_mismatch');
  });

  it('refuses a tampered body', async () => {
    const header = await signWebhook(secret, t, body);
    const tampered = body.replace('1764000001', '1764000002');
    expect(await refusal(verifyWebhook(tampered, header, secret, { now }))).toBe(
      'signature_mismatch',
    );
    // Re-serialised JSON (another key order or spacing) is a different body too.
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    expect(await refusal(verifyWebhook(reserialised, header, secret, { now }))).toBe(
      'signature_mismatch',
    );
  });

  it('refuses the wrong secret, and accepts any secret of a rotation', async () => {
    const header = await signWebhook(secret, t, body);
    expect(
      await refusal(verifyWebhook(body, header, 'whsec_someone_else_secret_00000', { now })),
    ).toBe('signature_mismatch');
    await expect(
      verifyWebhook(body, header, ['whsec_next_secret_000000000000', secret], { now }),
    ).resolves.toMatchObject({ type: 'certificate.shipped' });
    // We sign with the old and the new secret while ours rotates: either one verifies.
    const rotating = await signWebhook(['whsec_previous_secret_0000000000', secret], t, body);
    await expect(verifyWebhook(body, rotating, secret, { now })).resolves.toBeTruthy();
  });

  it('refuses a stale or far-future timestamp, and a timestamp swapped into the header', async () => {
    const header = await signWebhook(secret, t, body);
    const later = (s: number) => new Date(now.getTime() + s * 1000);
    await expect(verifyWebhook(body, header, secret, { now: later(300) })).resolves.toBeTruthy();
    expect(await refusal(verifyWebhook(body, header, secret, { now: later(301) }))).toBe(
      'timestamp_out_of_tolerance',
    );
    expect(await refusal(verifyWebhook(body, header, secret, { now: later(-301) }))).toBe(
      'timestamp_out_of_tolerance',
    );
    expect(
      await refusal(verifyWebhook(body, header, secret, { now: later(61), toleranceSeconds: 60 })),
    ).toBe('timestamp_out_of_tolerance');
    // A replay with a fresh t= but the old v1= does not verify.
    const replayed = header.replace(`t=${t}`, `t=${t + 3600}`);
    expect(await refusal(verifyWebhook(body, replayed, secret, { now: later(3600) }))).toBe(
      'signature_mismatch',
    );
  });

  it('refuses a missing or malformed header', async () => {
    expect(await refusal(verifyWebhook(body, null, secret, { now }))).toBe('missing_header');
    expect(await refusal(verifyWebhook(body, '', secret, { now }))).toBe('missing_header');
    expect(await refusal(verifyWebhook(body, `t=${t}`, secret, { now }))).toBe('malformed_header');
    expect(await refusal(verifyWebhook(body, 'v1=abcd', secret, { now }))).toBe('malformed_header');
    expect(await refusal(verifyWebhook(body, `t=${t},v1=zz`, secret, { now }))).toBe(
      'malformed_header',
    );
  });

  it('refuses a signed body that is not an event', async () => {
    const notJson = 'hello';
    expect(
      await refusal(verifyWebhook(notJson, await signWebhook(secret, t, notJson), secret, { now })),
    ).toBe('malformed_body');
  });
});
