import '../../machines/messages/dossier.ts';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { beneficiaryOf, mailNeedsOnlineIdentity } from '../../machines/dossier/conditions.ts';
import { isSamePerson } from '../../machines/dossier/signers.ts';
import { translate } from '../../machines/messages/messages.ts';
import {
  DELIVERY_MODES,
  DELIVERY_RECIPIENTS,
  type DeliveryMode,
} from '../../machines/schemas/dossier.ts';
import { dossierText } from '../i18n/dossier.ts';
import { DossierScreen, personName } from './dossier-screen.ts';
import { stepLabel } from './view.ts';

/**
 * "4 Remise": to whom the certificate is handed (the mandataire or the bénéficiaire) and where
 * (a post office, or by mail — only with an online identity check: when the identity step says
 * face to face, the mail option is disabled and says why). When the bénéficiaire is the
 * mandataire (`isSamePerson`, the one rule), there is no one to choose: the screen says who.
 * By mail, it confirms where the certificate goes (the recipient at the organisation's address)
 * and offers to change that address.
 */
@customElement('certinomis-dossier-delivery')
export class CertinomisDossierDelivery extends DossierScreen {
  override readonly step = 'delivery' as const;
  @state() private recipient = '';
  @state() private mode = '';

  /** The bénéficiaire is the mandataire: one person receives it, nothing to choose. */
  private get onePerson(): boolean {
    const { context } = this.view;
    return isSamePerson(context.mandataire, context.beneficiaire);
  }

  override draft(): Record<string, unknown> {
    return { recipient: this.onePerson ? 'mandataire' : this.recipient, mode: this.mode };
  }

  protected override resetDraft(): void {
    // Nothing saved yet in a renewal: the expiring certificate's delivery, to confirm.
    const saved = this.view.context.delivery ?? this.view.context.prefill?.renewal?.delivery;
    this.recipient = saved?.recipient ?? '';
    this.mode = saved?.mode ?? '';
  }

  override render() {
    const { locale } = this;
    const { context } = this.view;
    const names = {
      mandataire: personName(context.mandataire),
      beneficiaire: personName(beneficiaryOf(context)),
    };
    const mailBlocked = mailNeedsOnlineIdentity({ mode: 'mail' }, context.identity);
    const reason = (mode: DeliveryMode) =>
      mode === 'mail' && mailBlocked
        ? `${dossierText(locale, 'dossier.delivery.mailDisabled')} ${translate(locale, 'validation.mail_requires_online_identity')}`
        : null;
    return html`
      ${this.heading(dossierText(locale, 'dossier.heading.delivery'))}
      <p class="intro">${dossierText(locale, 'dossier.delivery.intro')}</p>
      ${
        this.onePerson
          ? html`<p class="recipient" data-path="delivery.recipient">
              ${dossierText(locale, 'dossier.delivery.onePerson', { name: names.mandataire })}
            </p>`
          : this.radios(
              'delivery.recipient',
              dossierText(locale, 'dossier.field.recipient'),
              this.recipient,
              DELIVERY_RECIPIENTS.map((value) => ({
                value,
                label: dossierText(locale, `dossier.delivery.${value}`),
                help: names[value],
              })),
              (value) => {
                this.recipient = value;
              },
            )
      }
      ${this.radios(
        'delivery.mode',
        dossierText(locale, 'dossier.field.mode'),
        this.mode,
        DELIVERY_MODES.map((value) => ({
          value,
          label: dossierText(locale, `dossier.delivery.${value}`),
          ...(value === 'mail' && !mailBlocked
            ? { help: dossierText(locale, 'dossier.delivery.mailHelp') }
            : {}),
          disabledReason: reason(value),
        })),
        (value) => {
          this.mode = value;
        },
      )}
      ${this.mode === 'mail' && !mailBlocked ? this.mailAddress() : nothing}
    `;
  }

  /** Where the certificate is posted: the recipient, at the organisation's address. */
  private mailAddress() {
    const { locale } = this;
    const { context } = this.view;
    const org = context.organisation;
    const recipient = this.onePerson ? 'mandataire' : this.recipient;
    const name =
      recipient === 'mandataire'
        ? personName(context.mandataire)
        : recipient === 'beneficiaire'
          ? personName(beneficiaryOf(context))
          : '';
    return html`<div class="mail-address" role="group" aria-labelledby="mail-address-title">
      <p id="mail-address-title">${dossierText(locale, 'dossier.delivery.mailTo')}</p>
      ${
        org
          ? html`<address>${[name, org.name, org.address, `${org.postalCode} ${org.city}`]
              .filter((line) => line.trim())
              .join('\n')}</address>`
          : nothing
      }
      <button type="button" class="secondary" ?disabled=${this.view.busy}
        @click=${() => this.view.goTo('organisation')}>
        ${dossierText(locale, 'dossier.delivery.changeAddress', { label: stepLabel(locale, 'organisation') })}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-delivery': CertinomisDossierDelivery;
  }
}
