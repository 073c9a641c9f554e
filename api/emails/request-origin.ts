import { formatInZone } from '../../machines/messages/date-time.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';

/**
 * Where and when an account request started, as the e-mail it triggers tells
 * its owner: the browser and system from the User-Agent (family names only),
 * the IP address cut to its network (we have no GeoIP database, so the e-mail
 * says so rather than invent a city), and the time in Europe/Paris.
 */
export interface RequestOrigin {
  userAgent: string | null;
  ip: string;
  at: Date;
}

const browsers: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\biPhone\b|\biPad\b|\biOS\b/, 'iOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

const unknown = { fr: 'un navigateur inconnu', en: 'an unknown browser' };
const on = { fr: 'sur', en: 'on' };

/** "Chrome sur Windows" / "Firefox on Linux"; a bot or empty header says "unknown browser". */
export function describeBrowser(userAgent: string | null, locale: Locale): string {
  const ua = userAgent ?? '';
  const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1];
  const system = systems.find(([pattern]) => pattern.test(ua))?.[1];
  if (!browser) return system ? `${unknown[locale]} ${on[locale]} ${system}` : unknown[locale];
  return system ? `${browser} ${on[locale]} ${system}` : browser;
}

/**
 * The address cut to its network, for privacy: IPv4 keeps three bytes
 * (203.0.113.x), IPv6 its /48 (2001:db8:85a3::/48). Anything else: "inconnue".
 */
export function maskIp(ip: string): string | null {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  const groups = expandIpv6(ip);
  if (groups) return `${trimZeros(groups.slice(0, 3)).join(':')}::/48`;
  return null;
}

/** A prefix without its trailing zero groups (they fold into the `::` that follows). */
function trimZeros(groups: string[]): string[] {
  const kept = [...groups];
  while (kept.at(-1) === '0') kept.pop();
  return kept;
}

/** The eight 16-bit groups of an IPv6 address (hex, no leading zeros), or null. */
function expandIpv6(ip: string): string[] | null {
  const address = ip.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (!address.includes(':') || !/^[0-9a-fA-F:.]+$/.test(address)) return null;
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}

/**
 * The network a login came from, as a login source (its hash is kept): the
 * whole IPv4 address, the /64 of an IPv6 one (privacy addresses rotate inside
 * it). Null when the address is not known.
 */
export function sourceNetwork(ip: string): string | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip;
  const groups = expandIpv6(ip);
  return groups ? `${trimZeros(groups.slice(0, 4)).join(':')}::/64` : null;
}

/**
 * "mardi 1 décembre 2026 à 22:05 (heure de Paris)": an account's request belongs to no
 * organisation, so it is said in Paris time, by the one formatter.
 */
export function formatParisTime(at: Date, locale: Locale): string {
  return formatInZone(at, locale, DEFAULT_TIME_ZONE, 'fullDateTime');
}

/** The lines an e-mail shows about where and when its request started. */
export function describeOrigin(origin: RequestOrigin, locale: Locale): string[] {
  const network = maskIp(origin.ip);
  const browser = describeBrowser(origin.userAgent, locale);
  const when = formatParisTime(origin.at, locale);
  if (locale === 'fr') {
    return [
      `Quand : ${when}`,
      `Navigateur : ${browser}`,
      network
        ? `Adresse IP : ${network} (nous ne situons pas les adresses : c’est le réseau d’où venait la demande, les derniers chiffres masqués)`
        : 'Adresse IP : inconnue',
    ];
  }
  return [
    `When: ${when}`,
    `Browser: ${browser}`,
    network
      ? `IP address: ${network} (we do not locate addresses: this is the network the request came from, last digits hidden)`
      : 'IP address: unknown',
  ];
}
