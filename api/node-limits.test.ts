import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { nodeServerTimeouts, type RunningServer, startNodeServer } from './node.ts';

/**
 * The Node server's own limits, over raw TCP (node:net on loopback) against a
 * real `startNodeServer` (PGlite in a temporary folder, demo off): what a
 * client announces and what it actually sends, byte by byte. The request
 * timeout is set to 1 s here so that stalls end quickly; the tests wait on the
 * socket closing, never on a clock.
 */

interface RawClient {
  socket: Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves once the received text matches `pattern`. */
  until(pattern: RegExp): Promise<string>;
  /** Resolves with everything received when the server has closed the connection. */
  closed: Promise<string>;
}

function rawClient(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    const waiters: { pattern: RegExp; resolve: (text: string) => void }[] = [];
    const closed = new Promise<string>((resolveClosed) => {
      socket.on('close', () => resolveClosed(text));
    });
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
      for (const waiter of waiters.splice(0)) {
        if (waiter.pattern.test(text)) waiter.resolve(text);
        else waiters.push(waiter);
      }
    });
    socket.on('error', () => {}); // a reset after the answer is the server closing: `closed` says so
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        until: (pattern) =>
          pattern.test(text)
            ? Promise.resolve(text)
            : new Promise((resolveMatch) => waiters.push({ pattern, resolve: resolveMatch })),
        closed,
      }),
    );
    socket.once('error', reject);
  });
}

const statusOf = (text: string) => /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];

describe('the Node server bounds what a client may announce and how long it may stall', () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'node-limits-'));
    const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64');
    server = await startNodeServer(
      readConfig({
        PORT: '0',
        DATA_DIR: join(dir, 'pglite'),
        REQUEST_TIMEOUT_MS: '1000',
        ENCRYPTION_KEYS: `test:${key}`,
      }),
      { log: () => {} }, // quiet suite
    );
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 413 to an announced 10 MB JSON body after 1 KB, without waiting for the rest', async () => {
    const client = await rawClient(server.port);
    client.socket.write(
      [
        'POST /v1/orders HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Content-Length: ${10 * 1024 * 1024}`,
        '',
        '',
      ].join('\r\n'),
    );
    client.socket.write('{"padding":"'.padEnd(1024, 'x'));
    // The 1 KB is all it will ever get: a server waiting for the body would answer 408 after
    // the 1 s request timeout instead (or nothing). This answer comes from the announced length.
    const text = await client.until(/\r\n\r\n[\s\S]*\}$/);
    expect(statusOf(text)).toBe('413');
    expect(text).toMatch(/content-type: application\/problem\+json/i);
    expect(text).toContain('"type":"https://certinomis-order.dev/problems/payload-too-large"');
    client.socket.destroy();
  }, 60_000);

  it('closes a connection whose announced body stalls half-way, at the request timeout', async () => {
    const client = await rawClient(server.port);
    const body = '{"email":"a@example.org","password":"correct horse battery staple"}';
    client.socket.write(
      [
        'POST /v1/auth/login HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        '',
        body.slice(0, 10),
      ].join('\r\n'),
    );
    // Nothing more is sent: the route waits for the body until the server's timeout cuts it.
    const text = await client.closed;
    expect(statusOf(text)).toBe('408');
  }, 60_000);

  it('closes a connection whose headers never end (slowloris)', async () => {
    const client = await rawClient(server.port);
    client.socket.write('POST /v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const text = await client.closed;
    expect(statusOf(text)).toBe('408');
  }, 60_000);

  it('reads no more than the announced length: bytes beyond it are a new (bad) request', async () => {
    const client = await rawClient(server.port);
    const announced = '{}';
    client.socket.write(
      [
        'POST /v1/quotes HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Content-Length: ${announced.length}`,
        '',
        announced + 'x'.repeat(200 * 1024),
      ].join('\r\n'),
    );
    const text = await client.closed;
    // First the route's own answer to `{}` (no partner key: 401), never a 413 for 200 KB; then
    // Node refuses the rest as a malformed request and closes.
    expect(statusOf(text)).toBe('401');
    expect(text).not.toContain('payload-too-large');
    expect(text).toMatch(/HTTP\/1\.1 400 Bad Request/);
  }, 60_000);
});

describe('nodeServerTimeouts', () => {
  it('bounds headers and keep-alive, and checks often enough for the request timeout to hold', () => {
    expect(nodeServerTimeouts(60_000)).toEqual({
      requestTimeout: 60_000,
      headersTimeout: 20_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 5_000,
    });
    expect(nodeServerTimeouts(1_000)).toMatchObject({
      headersTimeout: 1_000,
      connectionsCheckingInterval: 250,
    });
  });
});
