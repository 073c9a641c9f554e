import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { beneficiaryOf, missingForIssue, missingKey } from '../../machines/dossier/conditions.ts';
import { translate } from '../../machines/messages/messages.ts';
import { ApiError } from '../api-client.ts';
import { formatMoney } from '../format.ts';
import { countKey } from '../i18n/plural.ts';
import type { CertinomisField, FieldOption } from '../ui/field.ts';
import '../ui/field.ts';
import type { AdminDossier } from '../../machines/contract.ts';
import { buildAction } from './action-build.ts';
import {
  type ActionKind,
  availableActions,
  CARRIERS,
  contextOf,
  DANGER,
  FIELDS,
  issueBlocked,
  LABELS,
  splitRefusal,
} from './action-kinds.ts';
import { eurosInput, todayInParis } from './deadline.ts';
import { revocationReasonLabel } from './revocation-facts.ts';
import { BackofficeScreen } from './screen.ts';

type Values = Record<string, string>;

/**
 * "Actions possibles" of one dossier: a button per action allowed now, each opening its small
 * form (a disclosure: one open at a time, Échap closes it). Every event is sent on the version
 * the operator read (`If-Match`). A 409 reloads the dossier with a message (`onStale`); a 422
 * shows each error, next to its field or listed (for issuing: the missing conditions); a
 * success closes the form and reports (`onDone`).
 */
@customElement('certinomis-backoffice-actions')
export class CertinomisBackofficeActions extends BackofficeScreen {
  @property({ attribute: false }) detail!: AdminDossier;
  /** An action was accepted: the sentence to show (the dossier is then reloaded). */
  @property({ attribute: false }) onDone: (message: string) => void = () => {};
  /** The dossier changed in the meantime (409). */
  @property({ attribute: false }) onStale: () => void = () => {};

  @state() private open: ActionKind | null = null;
  @state() private values: Values = {};
  @state() private errors: Values = {};
  @state() private refused: { heading: string; messages: string[] } | null = null;
  @state() private busy = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('detail') && this.open && !availableActions(this.detail).includes(this.open)) {
      this.open = null;
    }
  }

  override render() {
    const actions = availableActions(this.detail);
    return html`
      <h3 id="actions-title">${this.t('section.actions')}</h3>
      ${
        actions.length === 0
          ? html`<p class="status">${this.t('action.none')}</p>`
          : html`<ul class="action-buttons" aria-labelledby="actions-title">
              ${actions.map(
                (kind) => html`<li>
                  <button
                    type="button"
                    data-action=${kind}
                    class=${DANGER.includes(kind) ? 'danger' : 'secondary'}
                    aria-expanded=${this.open === kind ? 'true' : 'false'}
                    aria-controls=${this.open === kind ? 'action-form' : nothing}
                    @click=${() => this.toggle(kind)}
                  >
                    ${this.t(LABELS[kind])}
                  </button>
                </li>`,
              )}
            </ul>`
      }
      ${this.renderIssueBlocked()}
      ${this.open ? this.renderForm(this.open) : nothing}
    `;
  }

  /** Why "Certificat émis" is not offered yet: the machine's missing conditions. */
  private renderIssueBlocked() {
    if (!issueBlocked(this.detail)) return nothing;
    const missing = missingForIssue(contextOf(this.detail.dossier.data));
    return html`<div class="blocked" id="issue-blocked">
      <p>${this.t('action.missingHeading')}</p>
      <ul>
        ${missing.map(
          (condition) => html`<li>${translate(this.view.locale, missingKey(condition))}</li>`,
        )}
      </ul>
    </div>`;
  }

  private async toggle(kind: ActionKind) {
    if (this.open === kind) {
      await this.close();
      return;
    }
    this.open = kind;
    this.values = this.initialValues(kind);
    this.errors = {};
    this.refused = null;
    await this.updateComplete;
    const first =
      this.renderRoot.querySelector<HTMLElement>('#action-form certinomis-field') ??
      this.renderRoot.querySelector<HTMLElement>('#action-form button[type="submit"]');
    first?.focus();
  }

  private async close() {
    const kind = this.open;
    this.open = null;
    this.refused = null;
    this.errors = {};
    await this.updateComplete;
    if (kind) this.renderRoot.querySelector<HTMLElement>(`[data-action="${kind}"]`)?.focus();
  }

  private initialValues(kind: ActionKind): Values {
    const { order, dossier } = this.detail;
    switch (kind) {
      case 'payment':
        return { amount: eurosInput(order.totalTtc, this.view.locale) };
      case 'issue':
        return { serialNumber: '', notBefore: todayInParis() };
      case 'ship':
        return { carrier: dossier.express ? 'Chronopost' : 'La Poste', trackingNumber: '' };
      default:
        return {};
    }
  }

  private renderForm(kind: ActionKind) {
    return html`<form
      id="action-form"
      class="action-form"
      novalidate
      aria-labelledby="action-form-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          void this.close();
          return;
        }
        const origin = event.composedPath()[0];
        if (event.key === 'Enter' && origin instanceof HTMLInputElement) {
          event.preventDefault();
          void this.submit();
        }
      }}
    >
      <h4 id="action-form-title">${this.t(LABELS[kind])}</h4>
      ${
        this.refused
          ? html`<div id="refused" class="alert" role="alert" tabindex="-1">
              <p>${this.refused.heading}</p>
              <ul>
                ${this.refused.messages.map((message) => html`<li>${message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${FIELDS[kind].length > 0 ? html`<p class="help">${this.t('bo.required')}</p>` : nothing}
      ${this.renderContent(kind)}
      <div class="form-buttons">
        <button
          type="submit"
          class=${DANGER.includes(kind) ? 'danger' : 'primary inline'}
          ?disabled=${this.busy}
          aria-busy=${this.busy ? 'true' : 'false'}
        >
          ${this.t(this.busy ? 'action.sending' : 'action.confirm')}
        </button>
        <button type="button" class="secondary" @click=${() => this.close()}>
          ${this.t('action.close')}
        </button>
      </div>
    </form>`;
  }

  private renderContent(kind: ActionKind): TemplateResult | typeof nothing {
    const { order, dossier } = this.detail;
    const context = contextOf(dossier.data);
    switch (kind) {
      case 'paper':
        return html`<p>${this.t('action.paperText')}</p>`;
      case 'identityVerified': {
        const person = beneficiaryOf(context);
        const name = person ? `${person.firstName} ${person.lastName}` : this.t('value.none');
        return html`<p>${this.t('action.identityVerifiedText', { name })}</p>`;
      }
      case 'postOffice':
        return html`<p>${this.t('action.postOfficeText')}</p>`;
      case 'identityRefused':
        return this.field('reason', this.t('field.reason'), {
          help: this.t('field.reasonIdentityHelp'),
        });
      case 'cancel':
      case 'refuse':
        return this.field('reason', this.t('field.reason'), { help: this.t('field.reasonHelp') });
      case 'revoke': {
        const person = beneficiaryOf(context);
        const name = person ? `${person.firstName} ${person.lastName}` : this.t('value.none');
        const reason = revocationReasonLabel(context, this.view.locale);
        return html`<p>${this.t('action.revokeText', { name, reason })}</p>`;
      }
      case 'refuseRevocation':
        return this.field('reason', this.t('field.reason'), {
          help: this.t('field.reasonRevocationHelp'),
        });
      case 'payment':
        return html`
          ${this.field('amount', this.t('field.amount'), {
            help: this.t('field.amountHelp', {
              amount: formatMoney(order.totalTtc, this.view.locale),
            }),
            inputmode: 'decimal',
          })}
          ${
            order.method === 'transfer'
              ? this.field('reference', this.t('field.statementLabel'), {
                  help: this.t('field.statementLabelHelp', { reference: order.reference }),
                })
              : html`${this.field('chequeNumber', this.t('field.chequeNumber'), {
                  inputmode: 'numeric',
                })}
                ${this.field('bank', this.t('field.bank'))}`
          }
        `;
      case 'issue': {
        const missing = missingForIssue(context);
        return html`
          ${
            missing.length > 0 && !this.refused
              ? html`<div class="precheck">
                  <p>${this.t('action.precheck')}</p>
                  <ul>
                    ${missing.map(
                      (condition) =>
                        html`<li>${translate(this.view.locale, missingKey(condition))}</li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
          ${this.field('serialNumber', this.t('field.serialNumber'), {
            help: this.t('field.serialNumberHelp'),
          })}
          ${this.field('notBefore', this.t('field.notBefore'), {
            type: 'date',
            help: this.t(countKey(this.view.locale, context.validityYears, 'field.notBeforeHelp'), {
              years: context.validityYears,
            }),
          })}
        `;
      }
      case 'ship': {
        const options: FieldOption[] = CARRIERS.map((carrier) => ({
          value: carrier,
          label: carrier,
        }));
        return html`
          ${this.field('carrier', this.t('field.carrier'), {
            type: 'select',
            options,
            help: dossier.express ? this.t('field.carrierExpressHelp') : '',
          })}
          ${this.field('trackingNumber', this.t('field.trackingNumber'))}
        `;
      }
    }
  }

  private field(
    name: string,
    label: string,
    options: { type?: string; help?: string; inputmode?: string; options?: FieldOption[] } = {},
  ) {
    return html`<certinomis-field
      name=${name}
      label=${label}
      type=${options.type ?? 'text'}
      required
      autocomplete="off"
      .value=${this.values[name] ?? ''}
      .options=${options.options ?? []}
      help=${options.help ?? ''}
      inputmode=${options.inputmode ?? nothing}
      error=${this.errors[name] ?? nothing}
      @input=${(event: Event) => {
        this.values = { ...this.values, [name]: (event.target as CertinomisField).value };
        // A corrected field loses its error (checked again on sending).
        if (this.errors[name]) {
          const { [name]: _fixed, ...others } = this.errors;
          this.errors = others;
        }
      }}
    ></certinomis-field>`;
  }

  private async submit() {
    const kind = this.open;
    if (this.busy || !kind) return;
    const built = buildAction(kind, this.values, this.detail, this.view);
    if (!built.ok) {
      this.refused = null;
      await this.showFieldErrors(kind, built.errors);
      return;
    }
    this.errors = {};
    this.refused = null;
    this.busy = true;
    try {
      const message = await built.send();
      this.busy = false;
      this.open = null;
      this.onDone(message);
    } catch (error) {
      this.busy = false;
      if (this.handledAuth(error)) return;
      if (error instanceof ApiError && error.status === 409) {
        this.open = null;
        this.onStale();
        return;
      }
      if (error instanceof ApiError && error.status === 422) {
        const problemErrors = error.problem?.errors ?? [];
        const { byField, general, missing } = splitRefusal(kind, problemErrors);
        if (problemErrors.length === 0) {
          general.push(error.problem?.detail ?? error.problem?.title ?? this.t('bo.failed'));
        }
        if (general.length > 0) {
          this.errors = byField;
          await this.showRefusal(
            this.t(missing ? 'action.missingHeading' : 'action.refusedHeading'),
            general,
          );
          return;
        }
        await this.showFieldErrors(kind, byField);
        return;
      }
      await this.showRefusal(this.t('action.refusedHeading'), [this.failureText(error)]);
    }
  }

  /** Errors next to their fields; announced, focus on the first. */
  private async showFieldErrors(kind: ActionKind, errors: Values) {
    this.errors = errors;
    const entries = FIELDS[kind].filter((field) => errors[field]);
    await this.updateComplete;
    const [first] = entries;
    if (!first) return;
    const field = this.renderRoot.querySelector<CertinomisField>(
      `certinomis-field[name="${first}"]`,
    );
    this.view.announce(
      this.t(countKey(this.view.locale, entries.length, 'bo.errors'), {
        n: entries.length,
        first: `${field?.label ?? first} : ${errors[first]}`,
      }),
    );
    field?.focus();
  }

  /** The refusal listed at the top of the form (an alert), focused. */
  private async showRefusal(heading: string, messages: string[]) {
    this.refused = { heading, messages };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#refused')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-backoffice-actions': CertinomisBackofficeActions;
  }
}
