import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { dossierText } from '../i18n/dossier.ts';
import {
  contactDraft,
  DossierScreen,
  emptyPerson,
  type PersonDraft,
  personDraft,
} from './dossier-screen.ts';
import { unbroken } from './view.ts';

/**
 * "2 Mandataire": the person who may authorise a certificate request and its revocation, and
 * who signs the dossier (the SMS code goes to their mobile). Suggested: the person who placed
 * the order — without their phone unless it is a French mobile.
 *
 * @csspart field - each field.
 */
@customElement('certinomis-dossier-mandataire')
export class CertinomisDossierMandataire extends DossierScreen {
  override readonly step = 'mandataire' as const;
  @state() private person: PersonDraft = emptyPerson();
  /** The pre-fill is shown (nothing saved yet). */
  @state() private prefilled = false;
  /** The order's phone, when it is not a mobile (said next to the mobile field). */
  @state() private orderPhone: string | null = null;

  override draft(): Record<string, unknown> {
    return { ...this.person };
  }

  protected override resetDraft(): void {
    const saved = this.view.context.mandataire;
    if (saved) {
      this.person = personDraft(saved);
      this.prefilled = false;
      this.orderPhone = null;
      return;
    }
    // A renewal: the expiring certificate's mandataire, to check and confirm.
    const renewed = this.view.context.prefill?.renewal?.mandataire;
    if (renewed) {
      this.person = personDraft(renewed);
      this.prefilled = true;
      this.orderPhone = null;
      return;
    }
    const { person, phone } = contactDraft(this.view);
    this.person = person;
    this.prefilled = this.view.context.prefill?.contact !== undefined;
    this.orderPhone = phone;
  }

  /** Whose data the form shows: the expiring certificate's (a renewal), or the order's contact. */
  private prefillNote() {
    const renewal = this.view.context.prefill?.renewal;
    return renewal
      ? dossierText(this.locale, 'dossier.renewal.prefilled', { reference: renewal.orderReference })
      : dossierText(this.locale, 'dossier.mandataire.prefilled');
  }

  override render() {
    const { locale } = this;
    const mobileHelp =
      this.orderPhone !== null && this.person.mobile.trim() === ''
        ? dossierText(locale, 'dossier.mandataire.notMobile', { phone: unbroken(this.orderPhone) })
        : dossierText(locale, 'dossier.mobileHelp');
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.mandataire'))}
      <p class="intro">${dossierText(locale, 'dossier.mandataire.intro')}</p>
      ${this.prefilled ? html`<p class="note">${this.prefillNote()}</p>` : nothing}
      <p class="help">${dossierText(locale, 'dossier.required')}</p>
      ${this.personFields(
        'mandataire',
        this.person,
        (name, value) => {
          this.person = { ...this.person, [name]: value };
        },
        mobileHelp,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-mandataire': CertinomisDossierMandataire;
  }
}
