/**
 * The white-label partner-site template (`/revendeur`, `/revendeur/espace-client`): one page
 * for any partner, branded from data. It reads the publishable key of the page's
 * `<certinomis-order>`, asks `GET /v1/catalog` for that partner's branding, and applies it to
 * the page: name and logo in the header, colours and font (custom properties of a constructed
 * stylesheet: the demo's CSP has no `'unsafe-inline'`), the page's language and texts in the
 * partner's default language. The element brands itself from the same data.
 */
import type { CatalogResponse, PartnerBranding } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { resolveBranding } from '../../machines/schemas/partner.ts';

/** The template's own texts (`data-text="key"`, `data-text-label="key"` for `aria-label`). */
const texts: Record<Locale, Record<string, string>> = {
  en: {
    'nav.label': 'Site navigation',
    'nav.certificates': 'Certificates',
    'nav.space': 'Client space',
    'nav.mailbox': 'Mailbox (demo)',
    'nav.otherPartner': 'Other partner: Marchés Publics Démo',
    'hero.title': 'Your qualified electronic signature certificate',
    'hero.text':
      'Sign tenders, contracts and official filings with a qualified eIDAS certificate, ordered here in a few minutes.',
    'space.title': 'Complete your certificate order',
    'space.text':
      'Create your account with the e-mail address of your order, then complete one dossier per certificate. In this demo, e-mails arrive in the Mailbox.',
    'footer.text': 'White-label demo: one partner-site template, branded from the partner’s data.',
    logo: '{name} logo',
  },
  fr: {
    'nav.label': 'Navigation du site',
    'nav.certificates': 'Certificats',
    'nav.space': 'Espace client',
    'nav.mailbox': 'Boîte mail (démo)',
    'nav.otherPartner': 'Autre partenaire : Marchés Publics Démo',
    'hero.title': 'Votre certificat de signature électronique qualifié',
    'hero.text':
      'Signez appels d’offres, contrats et télétransmissions avec un certificat qualifié eIDAS, commandé ici en quelques minutes.',
    'space.title': 'Finaliser la commande de vos certificats',
    'space.text':
      'Créez votre compte avec l’adresse e-mail de votre commande, puis complétez un dossier par certificat. Dans cette démonstration, les e-mails arrivent dans la Boîte mail.',
    'footer.text':
      'Démonstration en marque blanche : un seul modèle de site partenaire, habillé par les données du partenaire.',
    logo: 'Logo {name}',
  },
};

/** The partner's branding, or null when the catalogue cannot be read (the page stays neutral). */
async function brandingOf(partnerKey: string): Promise<PartnerBranding | null> {
  try {
    const response = await fetch('/v1/catalog', {
      headers: { Accept: 'application/json', 'X-Partner-Key': partnerKey },
    });
    if (!response.ok) return null;
    const catalog = (await response.json()) as Partial<CatalogResponse>;
    return resolveBranding(catalog.partner?.branding);
  } catch {
    return null;
  }
}

function apply(branding: PartnerBranding): void {
  const locale = branding.defaultLocale;
  const table = texts[locale];
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = table[node.dataset.text ?? ''];
    if (text) node.textContent = text;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-text-label]')) {
    const text = table[node.dataset.textLabel ?? ''];
    if (text) node.setAttribute('aria-label', text);
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-brand-name]')) {
    node.textContent = branding.displayName;
  }
  for (const logo of document.querySelectorAll<HTMLImageElement>('img[data-brand-logo]')) {
    if (!branding.logoUrl) continue;
    logo.src = branding.logoUrl;
    logo.alt = (table.logo ?? '{name}').replace('{name}', branding.displayName);
    logo.hidden = false;
  }
  const heading = document.querySelector('h1')?.textContent?.trim();
  document.title = heading ? `${heading} — ${branding.displayName}` : branding.displayName;

  // Colours are #rrggbb and the font a list of names (resolveBranding checked both).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:root{--site-primary:${branding.colors.primary};--site-on-primary:${branding.colors.onPrimary};--site-accent:${branding.colors.accent}}` +
      (branding.font ? `:root{--site-font:${branding.font}}` : ''),
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.documentElement.dataset.branded = '';
}

const partnerKey = document.querySelector('certinomis-order')?.getAttribute('partner-key');
if (partnerKey) {
  const branding = await brandingOf(partnerKey);
  if (branding) apply(branding);
}
