import { describe, expect, it } from 'vitest';
import { parseInviteArgs, parsePartnerArgs } from './partner-args.ts';

describe('npm run partner -- create …', () => {
  it('reads origins, webhook, branding and prices', () => {
    expect(
      parsePartnerArgs([
        '--slug',
        'attestia',
        '--name',
        'Attestia',
        '--mode',
        'live',
        '--origin',
        'https://attestia.example',
        '--origin',
        'https://www.attestia.example',
        '--webhook-url',
        'https://attestia.example/hooks',
        '--primary',
        '#0f766e',
        '--locale',
        'en',
        '--price',
        'OPE-AES-CAP-1A=12900',
        '--price',
        'usb_reader=1500',
      ]),
    ).toEqual({
      slug: 'attestia',
      name: 'Attestia',
      mode: 'live',
      allowedOrigins: ['https://attestia.example', 'https://www.attestia.example'],
      webhookUrl: 'https://attestia.example/hooks',
      clientSpaceUrl: null,
      cgvVersion: null,
      branding: {
        displayName: 'Attestia',
        logoUrl: null,
        colors: { primary: '#0f766e', onPrimary: '#ffffff', accent: '#f59e0b' },
        font: null,
        defaultLocale: 'en',
      },
      priceList: { products: { 'OPE-AES-CAP-1A': 12900 }, options: { usb_reader: 1500 } },
    });
  });

  it('names what is missing or malformed', () => {
    expect(() => parsePartnerArgs(['--slug', 'x'])).toThrow(/--slug, --name and --mode/);
    expect(() => parsePartnerArgs(['--slug', 'a', '--name', 'A', '--mode', 'prod'])).toThrow(
      /test or live/,
    );
    expect(() =>
      parsePartnerArgs(['--slug', 'a', '--name', 'A', '--mode', 'test', '--price', 'X=1.5']),
    ).toThrow(/--price X=1.5/);
    expect(() => parsePartnerArgs(['--slug', 'a', '--unknown'])).toThrow();
  });
});

describe('npm run partner -- invite …', () => {
  it('reads the slug, e-mail (normalised) and role', () => {
    expect(
      parseInviteArgs([
        '--slug',
        'reseller',
        '--email',
        'Compta@Attestia.example',
        '--role',
        'accounting',
      ]),
    ).toEqual({ slug: 'reseller', email: 'compta@attestia.example', role: 'accounting' });
  });
  it('refuses a missing slug, a bad e-mail or an unknown role, naming the argument', () => {
    expect(() => parseInviteArgs(['--email', 'a@b.example', '--role', 'admin'])).toThrow(/--slug/);
    expect(() => parseInviteArgs(['--slug', 'x', '--email', 'nope', '--role', 'admin'])).toThrow(
      /--email/,
    );
    expect(() =>
      parseInviteArgs(['--slug', 'x', '--email', 'a@b.example', '--role', 'owner']),
    ).toThrow(/--role/);
  });
});
