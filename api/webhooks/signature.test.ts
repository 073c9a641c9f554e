import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../examples/verify-webhook.ts';
import { signWebhook, webhookHmac } from './signature.ts';

const secret = 'whsec_test_signing_secret_0123456789';
const body =
  '{"id":"evt_1","type":"order.placed","created":"2026-12-01T10:00:00.000Z","livemode":false,"data":{"reference":"1764000001","note":"é"}}';
const t = 1_796_119_200;

describe('webhook signature', () => {
  it('is t=<seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>', async () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
    expect(await webhookHmac(secret, t, body)).toBe(expected);
    expect(await signWebhook(secret, t, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('round-trips through the partner sample', async () => {
    const header = await signWebhook(secret, t, body);
    const event = await verifyWebhook(body, header, secret, { now: new Date(t * 1000 + 30_000) });
    expect(event).toMatchObject({ id: 'evt_1', type: 'order.placed', livemode: false });
  });

  it('carries one v1= per secret during a rotation', async () => {
    const header = await signWebhook(['whsec_old_secret_0123456789', secret], t, body);
    expect(header.split(',')).toHaveLength(3);
    expect(header.split(',')[2]).toBe(`v1=${await webhookHmac(secret, t, body)}`);
    await expect(
      verifyWebhook(body, header, secret, { now: new Date(t * 1000) }),
    ).resolves.toBeTruthy();
  });

  it('depends on the body, the timestamp and the secret', async () => {
    const base = await signWebhook(secret, t, body);
    expect(await signWebhook(secret, t + 1, body)).not.toBe(base.replace(`t=${t}`, `t=${t + 1}`));
    expect(await signWebhook(secret, t, `${body} `)).not.toBe(base);
    expect(await signWebhook(`${secret}x`, t, body)).not.toBe(base);
  });

  it('refuses a fractional timestamp or an empty secret', async () => {
    await expect(signWebhook(secret, 1.5, body)).rejects.toThrow(RangeError);
    await expect(signWebhook('', t, body)).rejects.toThrow(/empty secret/);
    await expect(signWebhook([], t, body)).rejects.toThrow(/empty secret/);
  });
});
