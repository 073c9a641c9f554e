import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpMailer } from './http-mailer.ts';

describe('HTTP e-mail API adapter (the Workers mailer)', () => {
  const received: { auth: string | undefined; key: string | undefined; body: unknown }[] = [];
  let failNext = false;
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const app = new Hono().post('/mail', async (c) => {
      received.push({
        auth: c.req.header('Authorization'),
        key: c.req.header('Idempotency-Key'),
        body: await c.req.json(),
      });
      if (failNext) {
        failNext = false;
        return c.json({ error: 'busy' }, 503);
      }
      return c.json({ id: 'api-1' }, 202);
    });
    await new Promise<void>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        url = `http://127.0.0.1:${info.port}/mail`;
        resolve();
      });
      close = () => server.close();
    });
  });
  afterAll(() => close());

  const mailer = (timeoutMs?: number) =>
    createHttpMailer({
      url,
      token: 'secret',
      from: 'CERTINOMIS <no-reply@example.org>',
      ...(timeoutMs ? { timeoutMs } : {}),
    });

  it('posts the message with the bearer key and the outbox id as idempotency key', async () => {
    await mailer().send({
      id: 'row-1',
      to: 'marie@example.org',
      subject: 'Commande',
      text: 'Bonjour',
      html: '<p>Bonjour</p>',
    });
    expect(received.at(-1)).toEqual({
      auth: 'Bearer secret',
      key: 'row-1',
      body: {
        id: 'row-1',
        from: 'CERTINOMIS <no-reply@example.org>',
        to: 'marie@example.org',
        subject: 'Commande',
        text: 'Bonjour',
        html: '<p>Bonjour</p>',
      },
    });
  });

  it('throws on an API error so that the outbox retries', async () => {
    failNext = true;
    await expect(
      mailer().send({ id: 'row-2', to: 'a@example.org', subject: 's', text: 't', html: null }),
    ).rejects.toThrow(/503/);
  });

  it('throws when the API does not answer in time', async () => {
    const slow = createHttpMailer({
      url: 'http://10.255.255.1/mail',
      token: 't',
      from: 'C <c@example.org>',
      timeoutMs: 200,
    });
    await expect(
      slow.send({ id: 'row-3', to: 'a@example.org', subject: 's', text: 't', html: null }),
    ).rejects.toThrow();
  });
});
