import type { Context, MiddlewareHandler } from 'hono';

/**
 * Which proxies in front of the API may speak for the client (`TRUST_PROXY`):
 *
 * - `none` (unset): nobody; the socket's peer is the client, and
 *   `X-Forwarded-For` / `CF-Connecting-IP` are ignored (anyone can send them);
 * - `hops`: that many reverse proxies, each appending to `X-Forwarded-For`:
 *   the client is the Nth entry from the right;
 * - `list`: the proxies' addresses or CIDR blocks: from the socket's peer,
 *   `X-Forwarded-For` is walked from the right while the hop is one of them;
 * - `cloudflare`: Cloudflare's edge (Workers), whose `CF-Connecting-IP` it
 *   sets itself.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'list'; proxies: readonly Cidr[] }
  | { kind: 'cloudflare' };

export interface Cidr {
  /** 4 bytes (IPv4) or 16 (IPv6). */
  bytes: Uint8Array;
  prefix: number;
}

export const trustNobody: TrustProxy = { kind: 'none' };

/** Parses `TRUST_PROXY`; throws an Error naming the bad part. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return trustNobody;
  if (text === 'cloudflare') return { kind: 'cloudflare' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUST_PROXY: at most 10 hops, got ${hops}`);
    return { kind: 'hops', hops };
  }
  const proxies = text.split(',').map((part) => {
    const cidr = parseCidr(part.trim());
    if (!cidr) {
      throw new Error(
        `TRUST_PROXY: "${part.trim()}" is not an IP address or CIDR block (expected a hop count, "cloudflare", or a comma list of addresses/CIDRs)`,
      );
    }
    return cidr;
  });
  return { kind: 'list', proxies };
}

/** `10.0.0.0/8`, `::1`, `2001:db8::/32`, `127.0.0.1`… or undefined. */
export function parseCidr(text: string): Cidr | undefined {
  const [address, prefixText, extra] = text.split('/');
  if (address === undefined || extra !== undefined) return undefined;
  const bytes = parseIp(address);
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= max ? { bytes, prefix } : undefined;
}

/** An IPv4 or IPv6 address as bytes (IPv4-mapped IPv6 `::ffff:a.b.c.d` as IPv4); undefined when malformed. */
export function parseIp(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length > 45) return undefined;
  const v4 = parseIpv4(text);
  if (v4) return v4;
  const v6 = parseIpv6(text);
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? v6.slice(12) : v6;
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string | undefined): number[] | undefined => {
    if (!half) return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return undefined;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
        groups.push(Number.parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  if (!head || !tail) return undefined;
  const compressed = halves.length === 2;
  const missing = 8 - head.length - tail.length;
  if (compressed ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of groups.entries()) {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  }
  return bytes;
}

/** Whether `address` (bytes) lies in `cidr`; IPv4 never matches an IPv6 block nor the reverse. */
export function inCidr(address: Uint8Array, cidr: Cidr): boolean {
  if (address.length !== cidr.bytes.length) return false;
  let bits = cidr.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((address[i]! & mask) !== (cidr.bytes[i]! & mask)) return false;
  }
  return true;
}

/** The canonical text of an address (IPv4-mapped IPv6 as IPv4, IPv6 lower-case and compressed). */
export function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[i * 2]! << 8) | bytes[i * 2 + 1]!);
  // The longest run of two or more zero groups becomes `::` (RFC 5952).
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

/** Canonical forms already worked out (bounded: cleared when full; keep-alive peers repeat). */
const canonical = new Map<string, string | undefined>();
const canonicalMax = 1024;

/** A well-formed address in canonical form, or undefined (never arbitrary header bytes). */
function normalise(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (canonical.has(text)) return canonical.get(text);
  const bytes = parseIp(text.trim());
  const result = bytes ? formatIp(bytes) : undefined;
  if (canonical.size >= canonicalMax) canonical.clear();
  canonical.set(text, result);
  return result;
}

export interface ForwardedRequest {
  /** The socket's peer as the runtime reports it ('unknown' when there is no socket). */
  socketAddress: string;
  header(name: string): string | undefined;
}

/** The X-Forwarded-For entries, right (nearest) first. */
function forwardedHops(request: ForwardedRequest): string[] {
  const header = request.header('X-Forwarded-For');
  if (!header) return [];
  return header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
}

/**
 * The client's address under `trust`, canonical; 'unknown' when the socket
 * has none (in-process requests, or a malformed hop where a trusted proxy
 * should have written one).
 */
export function resolveClientIp(request: ForwardedRequest, trust: TrustProxy): string {
  const socket = normalise(request.socketAddress) ?? 'unknown';
  switch (trust.kind) {
    case 'none':
      return socket;
    case 'cloudflare':
      return normalise(request.header('CF-Connecting-IP')) ?? socket;
    case 'hops': {
      if (trust.hops === 0) return socket;
      const hops = forwardedHops(request);
      // Fewer entries than trusted proxies: the farthest one we have (the proxies wrote them all).
      const entry = hops[Math.min(trust.hops, hops.length) - 1];
      return entry === undefined ? socket : (normalise(entry) ?? 'unknown');
    }
    case 'list': {
      const trusted = (address: string) => {
        const bytes = parseIp(address);
        return bytes !== undefined && trust.proxies.some((cidr) => inCidr(bytes, cidr));
      };
      let client = socket;
      for (const hop of forwardedHops(request)) {
        if (!trusted(client)) break;
        const address = normalise(hop);
        if (!address) return 'unknown';
        client = address;
      }
      return client;
    }
  }
}

/**
 * Whether the request reached the first trusted hop over https: its own URL
 * says so, or a trusted proxy's `X-Forwarded-Proto` does (the rightmost value,
 * set by the nearest proxy; for a list, only when the socket's peer is one of them).
 */
export function resolveHttps(url: string, request: ForwardedRequest, trust: TrustProxy): boolean {
  if (url.startsWith('https:')) return true;
  // Trusting nobody, no header can say https: not even read.
  if (trust.kind === 'none') return false;
  const proto = request.header('X-Forwarded-Proto')?.split(',').at(-1)?.trim().toLowerCase();
  if (proto !== 'https') return false;
  switch (trust.kind) {
    case 'cloudflare':
      return true;
    case 'hops':
      return trust.hops > 0;
    case 'list': {
      const bytes = parseIp(request.socketAddress);
      return bytes !== undefined && trust.proxies.some((cidr) => inCidr(bytes, cidr));
    }
  }
}

export type ClientIpEnv = { Variables: { clientIp: string; https: boolean } };

/**
 * Works out the client's address and scheme once per request (`clientIpOf`,
 * `isHttps`). `clientAddress` is the runtime's socket peer (Node:
 * `getConnInfo`); in-process requests have none ('unknown').
 */
export function clientIpMiddleware(deps: {
  trustProxy?: TrustProxy;
  clientAddress?: (c: Context) => string | undefined;
}): MiddlewareHandler<ClientIpEnv> {
  const trust = deps.trustProxy ?? trustNobody;
  return (c, next) => {
    // One small object per request, no closure, no async frame (every request passes here).
    const request = new ContextRequest(c, deps.clientAddress?.(c) ?? 'unknown');
    c.set('clientIp', resolveClientIp(request, trust));
    c.set('https', resolveHttps(c.req.url, request, trust));
    return next();
  };
}

/** A request's headers and socket peer as `resolveClientIp` and `resolveHttps` read them. */
class ContextRequest implements ForwardedRequest {
  constructor(
    private readonly c: Context,
    readonly socketAddress: string,
  ) {}
  header(name: string): string | undefined {
    return this.c.req.header(name);
  }
}

/** The client's address for throttling and records ('unknown' when there is none). */
export function clientIpOf(c: Context): string {
  return (c.get('clientIp') as string | undefined) ?? 'unknown';
}

/** Whether the client reached us over https (HSTS). */
export function isHttps(c: Context): boolean {
  return (c.get('https') as boolean | undefined) ?? false;
}
