import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Handler } from 'hono';
import { parseIp } from '../http/client-ip.ts';
import { ProblemError, problemResponse } from '../http/problem.ts';
import type { Metrics } from './prometheus.ts';

/** Headers a proxy adds: with them the request came from elsewhere, whatever the socket says. */
const proxyHeaders = ['X-Forwarded-For', 'Forwarded', 'X-Real-IP', 'CF-Connecting-IP'];

function isLoopback(address: string | undefined): boolean {
  const bytes = address ? parseIp(address) : undefined;
  if (!bytes) return false;
  if (bytes.length === 4) return bytes[0] === 127;
  return bytes.every((b, i) => b === (i === 15 ? 1 : 0));
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Who may read `/metrics`:
 *
 * - with METRICS_TOKEN: whoever sends `Authorization: Bearer <token>`
 *   (compared in constant time), from anywhere;
 * - without: only a scraper on this machine (loopback socket) that came
 *   through no proxy (a reverse proxy on the same host connects from
 *   loopback too, but adds its forwarding header).
 */
export function metricsAllowed(
  c: Context,
  options: { token: string | undefined; socketAddress: string | undefined },
): boolean {
  if (options.token) {
    const match = /^Bearer\s+(\S+)$/.exec(c.req.header('Authorization') ?? '');
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(options.token));
  }
  return isLoopback(options.socketAddress) && proxyHeaders.every((h) => !c.req.header(h));
}

const metricsForbidden = (withToken: boolean) =>
  new ProblemError(
    withToken ? 401 : 403,
    'metrics-forbidden',
    'problem.metrics_forbidden.title',
    'problem.metrics_forbidden.detail',
    {},
    undefined,
    withToken ? { 'WWW-Authenticate': 'Bearer realm="certinomis-order metrics"' } : {},
  );

/** `GET /metrics` in Prometheus' text format, behind `metricsAllowed`; never cached. */
export function metricsHandler(
  metrics: Metrics,
  options: { token: string | undefined; clientAddress: (c: Context) => string | undefined },
): Handler {
  return async (c) => {
    const allowed = metricsAllowed(c, {
      token: options.token,
      socketAddress: options.clientAddress(c),
    });
    if (!allowed) return problemResponse(c, metricsForbidden(options.token !== undefined));
    return c.body(await metrics.render(), 200, {
      'Content-Type': metrics.contentType,
      'Cache-Control': 'no-store',
    });
  };
}
