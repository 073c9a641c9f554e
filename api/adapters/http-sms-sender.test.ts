import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpSmsSender } from './http-sms-sender.ts';

describe('HTTP SMS gateway adapter', () => {
  const received: { auth: string | undefined; key: string | undefined; body: unknown }[] = [];
  let failNext = false;
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const app = new Hono().post('/sms', async (c) => {
      received.push({
        auth: c.req.header('Authorization'),
        key: c.req.header('Idempotency-Key'),
        body: await c.req.json(),
      });
      if (failNext) {
        failNext = false;
        return c.json({ error: 'busy' }, 503);
      }
      return c.json({ id: 'gw-1' }, 202);
    });
    await new Promise<void>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        url = `http://127.0.0.1:${info.port}/sms`;
        resolve();
      });
      close = () => server.close();
    });
  });
  afterAll(() => close());

  it('posts the message with the bearer key and the outbox id as idempotency key', async () => {
    const sender = createHttpSmsSender({ url, token: 'secret', from: 'CERTINOMIS' });
    await sender.send({ id: 'row-1', to: '+33612345678', text: 'Code : 123456' });
    expect(received.at(-1)).toEqual({
      auth: 'Bearer secret',
      key: 'row-1',
      body: { from: 'CERTINOMIS', to: '+33612345678', text: 'Code : 123456', reference: 'row-1' },
    });
  });

  it('throws on a gateway error so that the outbox retries', async () => {
    failNext = true;
    const sender = createHttpSmsSender({ url, token: 'secret', from: 'CERTINOMIS' });
    await expect(sender.send({ id: 'row-2', to: '+33612345678', text: 'x' })).rejects.toThrow(
      /503/,
    );
  });

  it('throws when the gateway does not answer in time', async () => {
    const sender = createHttpSmsSender({
      url: 'http://10.255.255.1/sms',
      token: 't',
      from: 'C',
      timeoutMs: 200,
    });
    await expect(sender.send({ id: 'row-3', to: '+33612345678', text: 'x' })).rejects.toThrow();
  });
});
