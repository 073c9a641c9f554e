import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { dossierText } from '../i18n/dossier.ts';
import type { FieldOption } from '../ui/field.ts';
import { DossierScreen } from './dossier-screen.ts';

/** Countries offered (ISO 3166-1), France first; names from `Intl.DisplayNames`. */
const COUNTRIES = ['FR', 'BE', 'LU', 'CH', 'MC', 'DE', 'ES', 'IT', 'NL', 'PT', 'GB', 'IE', 'AT'];

function countryOptions(locale: Locale, current: string): FieldOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const codes = COUNTRIES.includes(current) || current === '' ? COUNTRIES : [...COUNTRIES, current];
  const [first = 'FR', ...others] = codes;
  const option = (code: string) => ({ value: code, label: names.of(code) ?? code });
  return [
    option(first),
    ...others.map(option).sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
}

interface OrganisationDraft {
  siret: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * "1 Organisme": the organisation the certificate is for, pre-filled with the order's (its
 * SIRET, name and address), checked with `organisationStepSchema`.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-dossier-organisation')
export class CertinomisDossierOrganisation extends DossierScreen {
  override readonly step = 'organisation' as const;
  @state() private values: OrganisationDraft = {
    siret: '',
    name: '',
    address: '',
    postalCode: '',
    city: '',
    country: 'FR',
  };

  override draft(): Record<string, unknown> {
    return { ...this.values };
  }

  protected override resetDraft(): void {
    const { organisation, prefill } = this.view.context;
    const source = organisation ?? prefill?.organisation ?? {};
    this.values = {
      siret: source.siret ?? '',
      name: source.name ?? '',
      address: source.address ?? '',
      postalCode: source.postalCode ?? '',
      city: source.city ?? '',
      country: source.country ?? 'FR',
    };
  }

  private set(name: keyof OrganisationDraft, value: string) {
    this.values = { ...this.values, [name]: value };
  }

  override render() {
    const { locale } = this;
    const v = this.values;
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.organisation'))}
      <p class="intro">${dossierText(locale, 'dossier.organisation.intro')}</p>
      <p class="help">${dossierText(locale, 'dossier.required')}</p>
      <div class="grid">
        ${this.field('organisation.siret', v.siret, (x) => this.set('siret', x), {
          inputmode: 'numeric',
          autocomplete: 'off',
        })}
        ${this.field('organisation.name', v.name, (x) => this.set('name', x), {
          autocomplete: 'organization',
        })}
        ${this.field('organisation.address', v.address, (x) => this.set('address', x), {
          autocomplete: 'street-address',
          wide: true,
        })}
        ${this.field('organisation.postalCode', v.postalCode, (x) => this.set('postalCode', x), {
          autocomplete: 'postal-code',
          inputmode: 'numeric',
        })}
        ${this.field('organisation.city', v.city, (x) => this.set('city', x), {
          autocomplete: 'address-level2',
        })}
        ${this.field('organisation.country', v.country, (x) => this.set('country', x), {
          type: 'select',
          autocomplete: 'country',
          options: countryOptions(locale, v.country),
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-organisation': CertinomisDossierOrganisation;
  }
}
