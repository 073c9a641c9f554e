import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { dossierText } from '../i18n/dossier.ts';
import {
  DossierScreen,
  emptyPerson,
  type PersonDraft,
  personDraft,
  personName,
} from './dossier-screen.ts';

/**
 * "3 Bénéficiaire": the person who will use the certificate — "Le bénéficiaire est le
 * mandataire", or another person, named exactly as on their identity document.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-dossier-beneficiaire')
export class CertinomisDossierBeneficiaire extends DossierScreen {
  override readonly step = 'beneficiaire' as const;
  @state() private same = false;
  @state() private person: PersonDraft = emptyPerson();

  override draft(): Record<string, unknown> {
    return this.same
      ? { sameAsMandataire: true }
      : { sameAsMandataire: false, person: { ...this.person } };
  }

  protected override resetDraft(): void {
    // Nothing saved yet in a renewal: the expiring certificate's bénéficiaire, to confirm.
    const saved =
      this.view.context.beneficiaire ?? this.view.context.prefill?.renewal?.beneficiaire;
    this.same = saved?.sameAsMandataire ?? false;
    this.person = saved && !saved.sameAsMandataire ? personDraft(saved.person) : emptyPerson();
  }

  override render() {
    const { locale } = this;
    const mandataire = personName(this.view.context.mandataire);
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.beneficiaire'))}
      <p class="intro">${dossierText(locale, 'dossier.beneficiaire.intro')}</p>
      <label class="choice">
        <input
          type="checkbox"
          name="beneficiaire.sameAsMandataire"
          .checked=${this.same}
          aria-describedby="same-help"
          @change=${(event: Event) => {
            this.same = (event.target as HTMLInputElement).checked;
            this.view.clearErrors('beneficiaire');
          }}
        />
        <span>
          <span class="label">${dossierText(locale, 'dossier.beneficiaire.same')}</span>
          <span class="help" id="same-help">
            ${mandataire ? dossierText(locale, 'dossier.beneficiaire.sameName', { name: mandataire }) : ''}
          </span>
        </span>
      </label>
      ${
        this.same
          ? ''
          : html`<fieldset>
              <legend>${dossierText(locale, 'dossier.beneficiaire.person')}</legend>
              <p class="help">${dossierText(locale, 'dossier.required')}</p>
              ${this.personFields(
                'beneficiaire.person',
                this.person,
                (name, value) => {
                  this.person = { ...this.person, [name]: value };
                },
                dossierText(locale, 'dossier.mobileHelp'),
              )}
            </fieldset>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-beneficiaire': CertinomisDossierBeneficiaire;
  }
}
