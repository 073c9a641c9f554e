import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE } from '../../machines/rules/time-zone.ts';
import type { AdminCreditNote } from '../../machines/schemas/cancellation.ts';
import { ApiError } from '../api-client.ts';
import { formatMoney } from '../format.ts';
import { type BackofficeKey, formatDay } from '../i18n/backoffice.ts';
import '../ui/field.ts';
import type { CertinomisField } from '../ui/field.ts';
import { orderStyles } from './order-cancellation.styles.ts';
import { BackofficeScreen } from './screen.ts';

/**
 * The credit notes of an order (number, date, amount incl. VAT, reason) and their refunds:
 * "Remboursement à effectuer : 129,00 € par virement" until an operator records it with
 * "Marquer remboursé" and the transfer or cheque reference (the API records today's date).
 */
@customElement('certinomis-backoffice-credit-notes')
export class CertinomisBackofficeCreditNotes extends BackofficeScreen {
  static override styles = [...BackofficeScreen.styles, orderStyles];

  @property({ attribute: false }) notes: AdminCreditNote[] = [];
  /** Reloads the notes after a refund was recorded. */
  @property({ attribute: false }) onRecorded: () => Promise<void> = async () => {};

  @state() private refundOpen: string | null = null;
  @state() private refundReference = '';
  @state() private refundError: string | null = null;
  @state() private busy = false;

  override render() {
    return this.renderCreditNotes(this.notes);
  }

  private renderCreditNotes(creditNotes: AdminCreditNote[]) {
    const { locale } = this.view;
    const day = (iso: string) => formatDay(iso, locale, DEFAULT_TIME_ZONE);
    return html`<h4 id="credit-notes-title" tabindex="-1">${this.t('order.creditNotes')}</h4>
      ${
        creditNotes.length === 0
          ? html`<p class="status">${this.t('order.noCreditNote')}</p>`
          : html`<ul class="credit-notes" aria-labelledby="credit-notes-title">
              ${creditNotes.map(
                (note) => html`<li data-credit-note=${note.number}>
                  <dl class="facts">
                    <div><dt>${this.t('order.creditNumber')}</dt><dd class="mono">${note.number}</dd></div>
                    <div><dt>${this.t('order.creditDate')}</dt><dd>${day(note.issueDate)}</dd></div>
                    <div><dt>${this.t('order.creditAmount')}</dt><dd>${formatMoney(note.grandTotal, locale)}</dd></div>
                    <div><dt>${this.t('order.creditReason')}</dt><dd>${note.reason}</dd></div>
                  </dl>
                  ${note.refund ? this.renderRefund(note.refund) : nothing}
                </li>`,
              )}
            </ul>`
      }`;
  }

  private renderRefund(refund: NonNullable<AdminCreditNote['refund']>) {
    const { locale } = this.view;
    const amount = formatMoney(refund.amount, locale);
    if (refund.refundedAt) {
      return html`<p class="notice success">
        ${this.t('order.refundDone', {
          date: formatDay(refund.refundedAt, locale, DEFAULT_TIME_ZONE),
          reference: refund.reference ?? '',
        })}
      </p>`;
    }
    const method = this.t(`order.method.${refund.method}` as BackofficeKey);
    const due = html`<p><strong>${this.t('order.refundDue', { amount, method })}</strong></p>`;
    if (this.refundOpen !== refund.id) {
      return html`${due}
        <button
          type="button"
          class="secondary"
          data-refund=${refund.id}
          @click=${async () => {
            this.refundOpen = refund.id;
            this.refundReference = '';
            this.refundError = null;
            await this.updateComplete;
            this.renderRoot
              .querySelector<CertinomisField>('certinomis-field[name="refundReference"]')
              ?.focus();
          }}
        >
          ${this.t('order.markRefunded')}
        </button>`;
    }
    return html`${due}
      <form
        class="action-form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.refund(refund.id, amount);
        }}
      >
        <certinomis-field
          name="refundReference"
          label=${this.t('order.refundReference')}
          required
          autocomplete="off"
          help=${this.t('order.refundReferenceHelp')}
          .value=${this.refundReference}
          error=${this.refundError ?? nothing}
          @input=${(event: Event) => {
            this.refundReference = (event.target as CertinomisField).value;
            this.refundError = null;
          }}
        ></certinomis-field>
        <div class="form-buttons">
          <button type="submit" class="primary inline" ?disabled=${this.busy}>
            ${this.t(this.busy ? 'action.sending' : 'order.refundSave')}
          </button>
          <button type="button" class="secondary" @click=${() => {
            this.refundOpen = null;
          }}>
            ${this.t('action.close')}
          </button>
        </div>
      </form>`;
  }

  private async refund(id: string, amount: string) {
    if (this.busy) return;
    const field = () =>
      this.renderRoot.querySelector<CertinomisField>('certinomis-field[name="refundReference"]');
    if (!this.refundReference.trim()) {
      this.refundError = this.t('order.missing');
      await this.updateComplete;
      field()?.focus();
      return;
    }
    this.busy = true;
    try {
      await this.view.api.recordRefund(this.view.accessToken, id, this.refundReference.trim());
      this.busy = false;
      this.refundOpen = null;
      this.view.announce(this.t('order.refunded', { amount }));
      await this.onRecorded();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#credit-notes-title')?.focus();
    } catch (error) {
      this.busy = false;
      if (this.handledAuth(error)) return;
      const listed = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      this.refundError = listed[0]?.message ?? this.failureText(error);
      await this.updateComplete;
      field()?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-credit-notes': CertinomisBackofficeCreditNotes;
  }
}
