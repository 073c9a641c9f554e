import { parseArgs } from 'node:util';
import * as v from 'valibot';
import type { NewPartner } from '../api/services/partners.ts';
import { partnerInviteSchema } from '../machines/schemas/partner-portal.ts';

export const partnerUsage = `usage:
  npm run partner -- list
  npm run partner -- invite --slug <slug> --email <e-mail> --role admin|developer|accounting
                                              e-mails a portal invitation (/partenaires)
  npm run partner -- create --slug <slug> --name <name> --mode test|live
      [--origin https://site.example]…        origins allowed to call the API (repeatable)
      [--webhook-url https://…/webhooks]      endpoint of the signed events
      [--client-space-url https://…/espace]   its page embedding the client space (e-mail links)
      [--display-name <name>] [--logo-url https://…] [--primary #rrggbb]
      [--on-primary #rrggbb] [--accent #rrggbb] [--font "<css font-family>"]
      [--locale fr|en]                        white-label branding (default: CERTINOMIS's)
      [--cgv-version <version>]               the partner's own terms of sale
      [--price <code>=<cents HT>]…            the partner's prices (product or option code)`;

/**
 * `create`'s command line as a partner to create (checked again by
 * `createPartner`'s schema). Throws an Error naming the bad argument.
 */
export function parsePartnerArgs(argv: string[]): NewPartner {
  const { values } = parseArgs({
    args: argv,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      mode: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'webhook-url': { type: 'string' },
      'client-space-url': { type: 'string' },
      'display-name': { type: 'string' },
      'logo-url': { type: 'string' },
      primary: { type: 'string' },
      'on-primary': { type: 'string' },
      accent: { type: 'string' },
      font: { type: 'string' },
      locale: { type: 'string' },
      'cgv-version': { type: 'string' },
      price: { type: 'string', multiple: true },
    },
    strict: true,
  });
  if (!values.slug || !values.name || !values.mode) {
    throw new Error('--slug, --name and --mode are required');
  }
  if (values.mode !== 'test' && values.mode !== 'live') throw new Error('--mode is test or live');
  const locale = values.locale ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') throw new Error('--locale is fr or en');
  const branded = ['display-name', 'logo-url', 'primary', 'on-primary', 'accent', 'font'].some(
    (name) => values[name as keyof typeof values] !== undefined,
  );
  const products: Record<string, number> = {};
  const options: Record<string, number> = {};
  for (const entry of values.price ?? []) {
    const match = /^([A-Za-z0-9_-]+)=(\d+)$/.exec(entry);
    if (!match?.[1] || !match[2]) throw new Error(`--price ${entry}: expected <code>=<cents>`);
    const target = /^[a-z_]+$/.test(match[1]) ? options : products;
    target[match[1]] = Number(match[2]);
  }
  return {
    slug: values.slug,
    name: values.name,
    mode: values.mode,
    allowedOrigins: values.origin ?? [],
    webhookUrl: values['webhook-url'] ?? null,
    clientSpaceUrl: values['client-space-url'] ?? null,
    cgvVersion: values['cgv-version'] ?? null,
    ...(branded || values.locale
      ? {
          branding: {
            displayName: values['display-name'] ?? values.name,
            logoUrl: values['logo-url'] ?? null,
            colors: {
              primary: values.primary ?? '#1d4f91',
              onPrimary: values['on-primary'] ?? '#ffffff',
              accent: values.accent ?? '#f59e0b',
            },
            font: values.font ?? null,
            defaultLocale: locale,
          },
        }
      : {}),
    priceList:
      Object.keys(products).length + Object.keys(options).length > 0 ? { products, options } : null,
  };
}

/** `invite`'s command line: the partner's slug and the person to invite. Throws naming the bad argument. */
export function parseInviteArgs(argv: string[]): {
  slug: string;
  email: string;
  role: v.InferOutput<typeof partnerInviteSchema>['role'];
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      slug: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
    },
    strict: true,
  });
  if (!values.slug) throw new Error('--slug is required');
  const result = v.safeParse(partnerInviteSchema, { email: values.email, role: values.role });
  if (!result.success) {
    const field = v.getDotPath(result.issues[0]) ?? 'email';
    throw new Error(
      `--${field}: expected ${field === 'role' ? 'admin, developer or accounting' : 'an e-mail address'}`,
    );
  }
  return { slug: values.slug, ...result.output };
}
