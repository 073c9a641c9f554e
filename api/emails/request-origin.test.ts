import { describe, expect, it } from 'vitest';
import {
  describeBrowser,
  describeOrigin,
  formatParisTime,
  maskIp,
  sourceNetwork,
} from './request-origin.ts';

const chromeWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const safariIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const edgeMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const firefoxLinux = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const chromeAndroid =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe('where and when a request started', () => {
  it.each([
    [chromeWindows, 'Chrome sur Windows'],
    [safariIphone, 'Safari sur iOS'],
    [edgeMac, 'Edge sur macOS'],
    [firefoxLinux, 'Firefox sur Linux'],
    [chromeAndroid, 'Chrome sur Android'],
    ['curl/8.5.0', 'un navigateur inconnu'],
    [null, 'un navigateur inconnu'],
  ])('names the browser of %j', (ua, expected) => {
    expect(describeBrowser(ua, 'fr')).toBe(expected);
  });

  it('speaks English too', () => {
    expect(describeBrowser(firefoxLinux, 'en')).toBe('Firefox on Linux');
  });

  it.each([
    ['203.0.113.42', '203.0.113.x'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::/48'],
    ['2001:db8::1', '2001:db8::/48'],
    ['::1', '::/48'],
    ['unknown', null],
    ['999.1', null],
    ['1:2:3:4:5:6:7:8:9', null],
  ])('masks %j as %j', (ip, masked) => {
    expect(maskIp(ip)).toBe(masked);
  });

  it('keeps the whole IPv4 address and the /64 of IPv6 as a login source', () => {
    expect(sourceNetwork('203.0.113.42')).toBe('203.0.113.42');
    expect(sourceNetwork('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3:8d3::/64');
    expect(sourceNetwork('2001:db8:85a3:8d3::99')).toBe(sourceNetwork('2001:db8:85a3:8d3:1::1'));
    expect(sourceNetwork('unknown')).toBeNull();
  });

  it('gives the time in Paris, in the reader’s language', () => {
    const winter = new Date('2026-12-01T21:05:00Z');
    expect(formatParisTime(winter, 'fr')).toBe('mardi 1 décembre 2026 à 22:05 (heure de Paris)');
    expect(formatParisTime(winter, 'en')).toMatch(
      /^Tuesday,? 1 December 2026,? (at )?22:05 \(Paris time\)$/,
    );
    expect(formatParisTime(new Date('2026-07-01T10:00:00Z'), 'fr')).toContain('12:00');
  });

  it('says honestly that the address is not located', () => {
    const lines = describeOrigin(
      { userAgent: chromeWindows, ip: '203.0.113.42', at: new Date('2026-12-01T21:05:00Z') },
      'fr',
    );
    expect(lines.join('\n')).toContain('Chrome sur Windows');
    expect(lines.join('\n')).toContain('203.0.113.x');
    expect(lines.join('\n')).not.toContain('203.0.113.42');
    expect(lines.join('\n')).toMatch(/ne situons pas/);
  });
});
