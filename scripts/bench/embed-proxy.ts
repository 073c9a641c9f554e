/**
 * bench:embed's front server, on loopback: it forwards every request to the demo server (the
 * partner page, the element, the API) and answers as a production front would, with gzip for
 * text (the demo server sends raw bytes). `/?bench=bare` is the same partner page without the
 * element (its `<script>` and its tag removed): what the page costs by itself.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface EmbedProxy {
  url: string;
  stop(): Promise<void>;
}

/** The element's two tags on the demo partner page (demo/index.html). */
const elementScript = /<script type="module" src="\/widget\/certinomis-order\.js"><\/script>\s*/;
const elementTag = /<certinomis-order\b[^>]*>\s*<\/certinomis-order>\s*/;

/** The partner page without the element; throws when the page no longer has its two tags. */
export function withoutElement(html: string): string {
  if (!elementScript.test(html) || !elementTag.test(html)) {
    throw new Error('the demo page no longer has the element’s <script> and tag (demo/index.html)');
  }
  return html.replace(elementScript, '').replace(elementTag, '');
}

const compressible = /^(text\/|application\/(javascript|json|problem\+json))/;
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

async function body(request: IncomingMessage): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  // The API takes JSON (text): forwarded as a string.
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the front server for the demo at `upstream` (e.g. http://127.0.0.1:3456). */
export async function startEmbedProxy(upstream: string): Promise<EmbedProxy> {
  const origin = new URL(upstream).origin;
  const server: Server = createServer(async (request, response) => {
    try {
      const target = new URL(request.url ?? '/', origin);
      const bare = target.pathname === '/' && target.searchParams.get('bench') === 'bare';
      if (bare) target.search = '';
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (name === 'host' || name === 'accept-encoding' || hopByHop.has(name)) continue;
        if (typeof value === 'string') headers.set(name, value);
      }
      // The demo's partners allow the demo server's own origin: the page is "served" from it.
      if (headers.has('origin')) headers.set('origin', origin);
      if (headers.has('referer')) headers.delete('referer');
      const answer = await fetch(target, {
        method: request.method ?? 'GET',
        headers,
        body: await body(request),
        redirect: 'manual',
      });
      let bytes = Buffer.from(await answer.arrayBuffer());
      if (bare) bytes = Buffer.from(withoutElement(bytes.toString('utf8')));
      const type = answer.headers.get('content-type') ?? '';
      const gzip =
        compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      if (gzip) bytes = gzipSync(bytes);
      answer.headers.forEach((value, name) => {
        if (hopByHop.has(name) || name === 'content-encoding' || name === 'set-cookie') return;
        response.setHeader(name, value);
      });
      const cookies = answer.headers.getSetCookie();
      if (cookies.length > 0) response.setHeader('set-cookie', cookies);
      if (gzip) response.setHeader('content-encoding', 'gzip');
      response.setHeader('content-length', bytes.length);
      response.writeHead(answer.status);
      response.end(request.method === 'HEAD' ? undefined : bytes);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
