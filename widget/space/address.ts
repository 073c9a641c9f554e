import type { SpaceLink } from '../../machines/space/context.ts';

const LINK_PARAMETERS: readonly SpaceLink['kind'][] = ['login', 'verify', 'reset', 'deny'];

/**
 * What the page's address brings: an e-mailed link's token (`?login=`, `?verify=`, `?reset=`, `?deny=`,
 * removed from the address at once with `history.replaceState`, so that a reload or a shared
 * address never reuses it) and, from the order confirmation e-mail, `?email=` and `?order=`.
 */
export function readAddress(): {
  link: SpaceLink | null;
  email: string | null;
  order: string | null;
} {
  let url: URL;
  try {
    url = new URL(globalThis.location.href);
  } catch {
    return { link: null, email: null, order: null };
  }
  const params = url.searchParams;
  let link: SpaceLink | null = null;
  let found = false;
  for (const kind of LINK_PARAMETERS) {
    const token = params.get(kind);
    if (token !== null) {
      found = true;
      if (token && !link) link = { kind, token };
      params.delete(kind);
    }
  }
  if (found) {
    try {
      const search = params.toString();
      history.replaceState(
        history.state,
        '',
        `${url.pathname}${search ? `?${search}` : ''}${url.hash}`,
      );
    } catch {
      // A sandboxed frame may refuse: the token is single-use anyway.
    }
  }
  // The revocation e-mail's link: its public page (the code is typed, never in the address).
  if (!link && url.hash === '#revocation') link = { kind: 'revocation', token: '' };
  return { link, email: params.get('email'), order: params.get('order') };
}
