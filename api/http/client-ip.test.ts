import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { createTestApp, onWorkerd, type TestApp } from '../testing/test-app.ts';
import {
  type ForwardedRequest,
  parseCidr,
  parseIp,
  parseTrustProxy,
  resolveClientIp,
  resolveHttps,
  type TrustProxy,
} from './client-ip.ts';

function request(socketAddress: string, headers: Record<string, string> = {}): ForwardedRequest {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { socketAddress, header: (name) => lower[name.toLowerCase()] };
}

describe('TRUST_PROXY', () => {
  it('parses a hop count, a list of addresses and CIDRs, cloudflare, or nothing', () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(parseTrustProxy('cloudflare')).toEqual({ kind: 'cloudflare' });
    const list = parseTrustProxy('10.0.0.0/8, ::1,2001:db8::/32');
    expect(list.kind).toBe('list');
    expect(list.kind === 'list' && list.proxies.map((p) => p.prefix)).toEqual([8, 128, 32]);
  });

  it('refuses what it cannot read, at start-up', () => {
    for (const bad of ['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1,', 'cloudflare,1', '99']) {
      expect(() => readConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('reads IPv4, IPv6, IPv4-mapped IPv6 and nothing else', () => {
    expect(parseIp('192.0.2.1')).toEqual(new Uint8Array([192, 0, 2, 1]));
    expect(parseIp('::ffff:192.0.2.1')).toEqual(new Uint8Array([192, 0, 2, 1]));
    expect(parseIp('2001:db8::1')?.length).toBe(16);
    for (const bad of [
      '',
      '1.2.3',
      '01.2.3.4',
      '1.2.3.4.5',
      '::1::',
      'abc',
      '1.2.3.4:80',
      'g::1',
    ]) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
    expect(parseCidr('10.0.0.0/8')?.prefix).toBe(8);
    expect(parseCidr('10.0.0.0/x')).toBeUndefined();
  });
});

describe('the client address', () => {
  const none: TrustProxy = { kind: 'none' };
  const oneHop = parseTrustProxy('1');
  const twoHops = parseTrustProxy('2');
  const list = parseTrustProxy('10.0.0.0/8,192.168.1.1');
  const cloudflare = parseTrustProxy('cloudflare');
  const forged = { 'X-Forwarded-For': '6.6.6.6, 198.51.100.7', 'CF-Connecting-IP': '6.6.6.7' };

  it('is the socket peer when no proxy is trusted, whatever the headers say', () => {
    expect(resolveClientIp(request('203.0.113.5', forged), none)).toBe('203.0.113.5');
    expect(resolveClientIp(request('::ffff:203.0.113.5', forged), none)).toBe('203.0.113.5');
    expect(resolveClientIp(request('unknown', forged), none)).toBe('unknown');
  });

  it('is the Nth X-Forwarded-For entry from the right with N trusted hops', () => {
    expect(resolveClientIp(request('10.0.0.2', forged), oneHop)).toBe('198.51.100.7');
    expect(resolveClientIp(request('10.0.0.2', forged), twoHops)).toBe('6.6.6.6');
    // The header missing: the proxy did not add one; the socket it is.
    expect(resolveClientIp(request('10.0.0.2'), oneHop)).toBe('10.0.0.2');
    // A hop our proxy wrote that is not an address is never passed on.
    expect(resolveClientIp(request('10.0.0.2', { 'X-Forwarded-For': '<script>' }), oneHop)).toBe(
      'unknown',
    );
  });

  it('walks X-Forwarded-For from the right past the listed proxies only', () => {
    const through = { 'X-Forwarded-For': '6.6.6.6, 198.51.100.7, 192.168.1.1, 10.1.2.3' };
    expect(resolveClientIp(request('10.0.0.2', through), list)).toBe('198.51.100.7');
    // Straight from the internet (the socket is no proxy of ours): the header is the client's own words.
    expect(resolveClientIp(request('203.0.113.9', through), list)).toBe('203.0.113.9');
    // Every hop a proxy: the farthest one.
    expect(resolveClientIp(request('10.0.0.2', { 'X-Forwarded-For': '10.9.9.9' }), list)).toBe(
      '10.9.9.9',
    );
  });

  it('is CF-Connecting-IP behind Cloudflare, in canonical form', () => {
    expect(resolveClientIp(request('unknown', forged), cloudflare)).toBe('6.6.6.7');
    expect(
      resolveClientIp(
        request('unknown', { 'CF-Connecting-IP': '2001:DB8:0:0:0:0:0:1' }),
        cloudflare,
      ),
    ).toBe('2001:db8::1');
    expect(resolveClientIp(request('unknown', { 'CF-Connecting-IP': 'x' }), cloudflare)).toBe(
      'unknown',
    );
  });

  it('counts X-Forwarded-Proto only from a trusted proxy', () => {
    const https = { 'X-Forwarded-Proto': 'https' };
    expect(resolveHttps('https://api.example/v1', request('203.0.113.5'), none)).toBe(true);
    expect(resolveHttps('http://api.example/v1', request('203.0.113.5', https), none)).toBe(false);
    expect(resolveHttps('http://api.example/v1', request('10.0.0.2', https), oneHop)).toBe(true);
    expect(resolveHttps('http://api.example/v1', request('10.0.0.2', https), list)).toBe(true);
    expect(resolveHttps('http://api.example/v1', request('203.0.113.5', https), list)).toBe(false);
  });
});

describe('IP limits against a rotating X-Forwarded-For (the attack of issue 14)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.destroy();
    t = undefined;
  });

  const rotateLogins = async (app: TestApp, count: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      const response = await app.call(
        'POST',
        '/v1/auth/login',
        { email: `victim${i}@example.org`, password: 'a wrong password' },
        { 'X-Forwarded-For': `198.51.100.${i + 1}` },
      );
      statuses.push(response.status);
    }
    return statuses;
  };

  // The worker runs with TRUST_PROXY=cloudflare (the edge sets CF-Connecting-IP): no socket to compare with.
  it.skipIf(onWorkerd)(
    'without TRUST_PROXY every forged address is the one socket peer: throttled per IP',
    async () => {
      t = await createTestApp({ trustProxy: { kind: 'none' }, clientAddress: () => '192.0.2.10' });
      const statuses = await rotateLogins(t, 31);
      expect(statuses.slice(0, 30).every((s) => s === 202 || s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
      const rows = await t.db
        .selectFrom('throttles')
        .select(['key', 'count'])
        .where('key', 'like', '%192.0.2.10%')
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      const forged = await t.db
        .selectFrom('throttles')
        .select('key')
        .where('key', 'like', '%198.51.100.%')
        .execute();
      expect(forged).toEqual([]);
    },
  );

  it('with one trusted proxy the address it forwards is the client', async () => {
    t = await createTestApp({ trustProxy: { kind: 'hops', hops: 1 } });
    const statuses = await rotateLogins(t, 31);
    expect(statuses).not.toContain(429);
  });
});
