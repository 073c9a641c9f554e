/**
 * A live partner's webhook endpoint: `https:` on a public host name. Loopback,
 * private or link-local addresses and bare IPs are refused, so that webhooks
 * can never be aimed at the API's own network. Test partners may use `http:`
 * and local hosts (development receivers, the demo's).
 */
export function isPublicHttpsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    host.includes('.') &&
    !/^\d+(\.\d+){3}$/.test(host) &&
    !host.startsWith('[') &&
    !/(^|\.)(localhost|local|internal|localdomain)$/.test(host)
  );
}

/** Host names of the local machine: allowed as origins in test mode only. */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h);
}
