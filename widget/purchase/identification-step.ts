import '../../machines/messages/purchase.ts';
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { translate } from '../../machines/messages/messages.ts';
import { siretProblem } from '../../machines/rules/siret.ts';
import { uiText } from '../i18n/element.ts';
import type { FieldOption } from '../ui/field.ts';
import { StepElement } from './step-element.ts';

/** Countries offered (ISO 3166-1), France first; names come from `Intl.DisplayNames`. */
const COUNTRIES = ['FR', 'BE', 'LU', 'CH', 'MC', 'DE', 'ES', 'IT', 'NL', 'PT', 'GB', 'IE', 'AT'];

function countryOptions(locale: Locale): FieldOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const [first = 'FR', ...others] = COUNTRIES;
  const option = (code: string) => ({ value: code, label: names.of(code) ?? code });
  return [
    option(first),
    ...others.map(option).sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
}

/**
 * "1 Identification client": the person in charge of the order and their organisation. A
 * complete SIRET is looked up by `<certinomis-order>`, which fills the organisation's name
 * and address; closed or unknown establishments are explained next to the field.
 * "Les informations de facturation sont différentes" reveals the billing fields.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-identification-step')
export class CertinomisIdentificationStep extends StepElement {
  protected override step = 'identification' as const;
  private countries: { locale: Locale; options: FieldOption[] } | null = null;

  private countryList(): FieldOption[] {
    const { locale } = this.flow;
    if (this.countries?.locale !== locale) {
      this.countries = { locale, options: countryOptions(locale) };
    }
    return this.countries.options;
  }

  override render() {
    const { locale, context } = this.flow;
    const countries = this.countryList();
    // France is shown while nothing was chosen (the schema's default); nothing is stored.
    const country = (section: 'customer' | 'billing') =>
      this.field(section, 'country', {
        type: 'select',
        options: countries,
        autocomplete: section === 'billing' ? 'billing country' : 'country',
        fallback: 'FR',
      });
    return html`
      <h2 tabindex="-1">${uiText(locale, 'step.identification')}</h2>
      <p class="intro">${uiText(locale, 'identification.intro')}</p>
      <p class="help">${uiText(locale, 'form.required')}</p>
      <div class="grid">
        ${this.field('customer', 'civility', {
          type: 'select',
          autocomplete: 'honorific-prefix',
          options: [
            { value: '', label: uiText(locale, 'identification.choose') },
            { value: 'MME', label: uiText(locale, 'identification.mme') },
            { value: 'MR', label: uiText(locale, 'identification.mr') },
          ],
        })}
        <span class="spacer"></span>
        ${this.field('customer', 'firstName', { autocomplete: 'given-name' })}
        ${this.field('customer', 'lastName', { autocomplete: 'family-name' })}
        ${this.field('customer', 'email', {
          type: 'email',
          autocomplete: 'email',
          help: uiText(locale, 'identification.emailHelp'),
        })}
        ${this.field('customer', 'emailConfirmation', { type: 'email', autocomplete: 'email' })}
        ${this.field('customer', 'phone', { type: 'tel', autocomplete: 'tel' })}
        ${country('customer')}
        ${this.siretField()}
        ${this.field('customer', 'companyName', { autocomplete: 'organization' })}
        ${this.field('customer', 'address', { autocomplete: 'street-address', wide: true })}
        ${this.field('customer', 'postalCode', { autocomplete: 'postal-code', inputmode: 'numeric' })}
        ${this.field('customer', 'city', { autocomplete: 'address-level2' })}
      </div>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${context.billingDifferent}
          @change=${(event: Event) =>
            this.flow.send({
              type: 'purchase.setBillingDifferent',
              value: (event.target as HTMLInputElement).checked,
            })}
        />
        ${uiText(locale, 'identification.billingDifferent')}
      </label>
      ${
        context.billingDifferent
          ? html`<fieldset>
              <legend>${uiText(locale, 'identification.billing')}</legend>
              <div class="grid">
                ${this.field('billing', 'companyName', { autocomplete: 'billing organization' })}
                ${this.field('billing', 'address', { autocomplete: 'billing street-address' })}
                ${this.field('billing', 'postalCode', {
                  autocomplete: 'billing postal-code',
                  inputmode: 'numeric',
                })}
                ${this.field('billing', 'city', { autocomplete: 'billing address-level2' })}
                ${country('billing')}
                ${this.field('billing', 'email', {
                  type: 'email',
                  required: false,
                  autocomplete: 'billing email',
                })}
              </div>
            </fieldset>`
          : nothing
      }
    `;
  }

  /**
   * The SIRET: its checksum is checked as soon as 14 digits are typed, then the
   * lookup's answer (pending, found, closed, unknown, failed) shows under the field.
   */
  private siretField() {
    const { locale, context } = this.flow;
    const siret = context.customer.siret ?? '';
    // Live once 14 digits are typed (format and checksum); an empty or partial SIRET waits
    // until the buyer leaves the field or tries to go on.
    const problem = siretProblem(siret);
    const complete = problem === null || problem === 'checksum';
    const status = context.organisationStatus;
    let help = '';
    if (status === 'pending') help = translate(locale, 'validation.siret_pending');
    else if (status === 'found' && context.organisation) {
      help = uiText(locale, 'identification.siretFound', { name: context.organisation.name });
    }
    const issue = this.issueOf('customer.siret', complete || this.touched.has('customer.siret'));
    const shown =
      issue &&
      issue.key !== 'validation.siret_pending' &&
      issue.key !== 'validation.siret_unverified'
        ? translate(locale, issue.key, issue.params)
        : null;
    return html`<div class="siret">
      ${this.field('customer', 'siret', {
        inputmode: 'numeric',
        help,
        error: this.flow.serverErrors.get('customer.siret') ?? shown,
      })}
      ${
        status === 'error'
          ? html`<button type="button" class="secondary" @click=${() => this.flow.lookup()}>
              ${uiText(locale, 'identification.siretCheck')}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-identification-step': CertinomisIdentificationStep;
  }
}
