import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { beneficiaryOf, mailNeedsOnlineIdentity } from '../../machines/dossier/conditions.ts';
import { translate } from '../../machines/messages/messages.ts';
import {
  DELIVERY_MODES,
  DELIVERY_RECIPIENTS,
  type DeliveryMode,
} from '../../machines/schemas/dossier.ts';
import { dossierText } from '../i18n/dossier.ts';
import { DossierScreen, personName } from './dossier-screen.ts';

/**
 * "4 Remise": to whom the certificate is handed (the mandataire or the bénéficiaire) and where
 * (a post office, or by mail — only with an online identity check: when the identity step says
 * face to face, the mail option is disabled and says why).
 */
@customElement('certinomis-dossier-delivery')
export class CertinomisDossierDelivery extends DossierScreen {
  override readonly step = 'delivery' as const;
  @state() private recipient = '';
  @state() private mode = '';

  override draft(): Record<string, unknown> {
    return { recipient: this.recipient, mode: this.mode };
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
      ${this.radios(
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
      )}
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-dossier-delivery': CertinomisDossierDelivery;
  }
}
