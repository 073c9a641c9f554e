import { describe, expect, it } from 'vitest';
import { parsePartnerArgs } from './partner-args.ts';

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
