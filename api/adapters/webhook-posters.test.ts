import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookPoster } from '../ports/webhook-poster.ts';
import { fetchPoster } from '../webhooks/fetch-poster.ts';
import { undiciWebhookPoster } from './undici-webhook-poster.ts';

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = (path: string) => { status: number; body?: string } | 'hang';

/** A real endpoint on loopback; counts the TCP connections it was given. */
async function endpoint(answer: Answer) {
  const seen: Seen[] = [];
  let connections = 0;
  const waiting: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      for (const wake of waiting.splice(0)) wake();
      const given = answer(req.url ?? '');
      if (given === 'hang') return;
      res.writeHead(given.status, {
        'Content-Type': 'text/plain',
        ...(given.status === 302 ? { Location: '/elsewhere' } : {}),
      });
      res.end(given.body ?? '');
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const opened = {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    seen,
    connections: () => connections,
    /** Resolves once the endpoint has received one more request. */
    received: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  toClose.push(opened.close);
  return opened;
}

const toClose: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((close) => close()));
});

const headers = {
  'Content-Type': 'application/json',
  'User-Agent': 'certinomis-order-webhooks/1',
  'Certinomis-Event-Id': 'evt_0001',
};
const body = JSON.stringify({ id: 'evt_0001', type: 'order.placed', data: { reference: 'é' } });
const post = (poster: WebhookPoster, url: string, signal = new AbortController().signal) =>
  poster(url, { headers, body, signal });

describe.each([
  ['fetch', fetchPoster()],
  ['undici (Node’s entry)', undiciWebhookPoster],
])('webhook poster: %s', (_, poster) => {
  it('POSTs the headers and body as given, and answers with the status', async () => {
    const to = await endpoint(() => ({ status: 201, body: 'created' }));
    expect(await post(poster, to.url('/hooks'))).toEqual({ status: 201 });
    expect(to.seen).toHaveLength(1);
    const [request] = to.seen;
    expect(request).toMatchObject({ method: 'POST', path: '/hooks', body });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['certinomis-event-id']).toBe('evt_0001');
    expect(request?.headers['user-agent']).toBe('certinomis-order-webhooks/1');
    expect(Number(request?.headers['content-length'])).toBe(Buffer.byteLength(body));
  });

  it('never follows a redirect: the 3xx is the answer', async () => {
    const to = await endpoint((path) => ({ status: path === '/hooks' ? 302 : 200 }));
    expect(await post(poster, to.url('/hooks'))).toEqual({ status: 302 });
    expect(to.seen.map((r) => r.path)).toEqual(['/hooks']);
  });

  it('sends the next webhook on the same connection, the answer’s body dropped', async () => {
    const to = await endpoint(() => ({ status: 200, body: 'thanks, '.repeat(20_000) }));
    for (let i = 0; i < 10; i++) {
      expect(await post(poster, to.url('/hooks'))).toEqual({ status: 200 });
    }
    expect(to.seen).toHaveLength(10);
    // Each answer (160 kB) read to its end frees its connection; left unread, each would
    // hold one and the next webhook would open another.
    expect(to.connections()).toBeLessThan(5);
  });

  it('is not held by a long answer, and the next webhook still leaves', async () => {
    const to = await endpoint((path) =>
      path === '/long' ? { status: 200, body: 'x'.repeat(4 * 1024 * 1024) } : { status: 204 },
    );
    expect(await post(poster, to.url('/long'))).toEqual({ status: 200 });
    expect(await post(poster, to.url('/next'))).toEqual({ status: 204 });
  });

  it('stops when its signal aborts (the attempt’s time limit)', async () => {
    const to = await endpoint(() => 'hang');
    const controller = new AbortController();
    const received = to.received();
    const attempt = post(poster, to.url('/hooks'), controller.signal);
    await received;
    controller.abort();
    await expect(attempt).rejects.toBeDefined();
  });

  it('rejects when nothing listens', async () => {
    const to = await endpoint(() => ({ status: 200 }));
    const url = to.url('/hooks');
    await to.close();
    const failure = await post(poster, url).then(
      () => null,
      (error: unknown) => error as Error & { code?: string; cause?: { code?: string } },
    );
    expect(failure?.code ?? failure?.cause?.code).toBe('ECONNREFUSED');
  });
});
