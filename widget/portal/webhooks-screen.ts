import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  type PartnerSettings,
  type PartnerTestEventType,
  partnerTestEventTypes,
  rollOverlapHours,
  type WebhookEventView,
  type WebhookSecretRolled,
} from '../../machines/contract.ts';
import { portalDateTime } from '../i18n/portal.ts';
import { textField } from '../ui/text-field.ts';
import { deliveriesList } from './deliveries.ts';
import { hoursField, parseHours } from './hours-field.ts';
import { type Failure, PortalScreen } from './screen.ts';

/** Which form a failure belongs to. */
type Part = 'endpoint' | 'roll' | 'test' | 'deliveries';

/**
 * Webhooks: the endpoint (`PATCH /v1/partner`, a first endpoint's secret shown once), the
 * signing secret's roll with the overlap chosen (new secret shown once; both signatures until
 * the previous one expires), a test event of any type, and the deliveries log with each
 * attempt and a Replay button (the replay's outcome is announced, the log reloaded).
 */
@customElement('certinomis-portal-webhooks')
export class CertinomisPortalWebhooks extends PortalScreen {
  @state() private settings: PartnerSettings | null = null;
  @state() private endpoint = '';
  @state() private hours = String(rollOverlapHours.default);
  @state() private testType: PartnerTestEventType = 'ping';
  @state() private secret: { label: string; value: string } | null = null;
  @state() private rolled: WebhookSecretRolled | null = null;
  @state() private events: WebhookEventView[] | null = null;
  @state() private failures: Partial<Record<Part, Failure | null>> = {};
  @state() private busy: Part | null = null;
  @state() private replaying: string | null = null;
  /** The last test event's or replay's outcome, shown above the log (and announced). */
  @state() private outcome = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.settings = await this.view.api.settings(this.view.session);
      this.endpoint = this.settings.webhookUrl ?? '';
    } catch (error) {
      this.fail('endpoint', error);
    }
    await this.loadDeliveries();
  }

  private async loadDeliveries() {
    try {
      this.events = (await this.view.api.deliveries(this.view.session)).items;
      this.failures = { ...this.failures, deliveries: null };
    } catch (error) {
      this.fail('deliveries', error);
    }
  }

  private fail(part: Part, error: unknown) {
    this.failures = { ...this.failures, [part]: this.failureOf(error) };
  }

  override render() {
    const settings = this.settings;
    return html`
      <h2 tabindex="-1">${this.t('webhooks.heading')}</h2>
      ${settings ? this.renderSettings(settings) : this.failures.endpoint ? this.alert(this.failures.endpoint) : html`<p>${this.t('portal.loading')}</p>`}
      <section aria-labelledby="deliveries-title">
        <div class="section-head">
          <h3 id="deliveries-title">${this.t('webhooks.deliveries.heading')}</h3>
          <button type="button" class="secondary" @click=${() => this.loadDeliveries()}>
            ${this.t('webhooks.deliveries.refresh')}
          </button>
        </div>
        ${this.outcome ? html`<p class="notice" id="outcome">${this.outcome}</p>` : nothing}
        ${this.alert(this.failures.deliveries ?? null)}
        ${this.events ? deliveriesList(this, this.events, this.replaying, (id) => void this.replay(id)) : nothing}
      </section>
    `;
  }

  private renderSettings(settings: PartnerSettings) {
    const locale = this.view.locale;
    const previous = this.rolled?.previousExpiresAt ?? settings.previousWebhookSecretExpiresAt;
    return html`
      <form novalidate @submit=${this.saveEndpoint}>
        ${this.alert(this.failures.endpoint ?? null)}
        ${textField({
          name: 'webhookUrl',
          label: this.t('webhooks.endpoint'),
          help: this.t('webhooks.endpointHelp'),
          type: 'url',
          required: false,
          value: this.endpoint,
          error: this.failures.endpoint?.fields.webhookUrl ?? null,
          onInput: (value) => {
            this.endpoint = value;
          },
        })}
        <button type="submit" class="primary" ?disabled=${this.busy !== null}>${this.t('webhooks.saveEndpoint')}</button>
      </form>
      ${this.secret ? html`<div class="once">${this.copyable('webhook-secret', this.secret.label, this.secret.value, this.t('portal.onceShown'))}</div>` : nothing}
      <section aria-labelledby="secret-title">
        <h3 id="secret-title">${this.t('webhooks.secret.heading')}</h3>
        <p>${this.t(settings.webhookSecretSet ? 'webhooks.secret.set' : 'webhooks.secret.none')}</p>
        ${previous ? html`<p>${this.t('webhooks.secret.previous', { date: portalDateTime(previous, locale) })}</p>` : nothing}
        ${
          settings.webhookSecretSet
            ? html`<form class="inline" novalidate @submit=${this.roll}>
                ${this.alert(this.failures.roll ?? null)}
                ${hoursField(
                  this,
                  this.hours,
                  this.failures.roll?.fields.expiresInHours ?? null,
                  (value) => {
                    this.hours = value;
                  },
                )}
                <button type="submit" class="primary" ?disabled=${this.busy !== null}>${this.t('webhooks.secret.roll')}</button>
              </form>`
            : nothing
        }
      </section>
      <section aria-labelledby="test-title">
        <h3 id="test-title">${this.t('webhooks.test.heading')}</h3>
        <form class="inline" novalidate @submit=${this.sendTest}>
          ${this.alert(this.failures.test ?? null)}
          ${textField({
            name: 'type',
            label: this.t('webhooks.test.type'),
            type: 'select',
            value: this.testType,
            error: this.failures.test?.fields.type ?? null,
            options: partnerTestEventTypes.map((type) => ({ value: type, label: type })),
            onInput: (value) => {
              this.testType = value as PartnerTestEventType;
            },
          })}
          <button type="submit" class="primary" ?disabled=${this.busy !== null || !settings.webhookUrl}>
            ${this.t('webhooks.test.send')}
          </button>
        </form>
      </section>
    `;
  }

  /** Runs `work` as `part`'s request: one at a time, its failure shown beside its form. */
  private async run(part: Part, work: () => Promise<void>) {
    if (this.busy) return;
    this.busy = part;
    this.failures = { ...this.failures, [part]: null };
    try {
      await work();
    } catch (error) {
      this.fail(part, error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('certinomis-field[error]')?.focus();
    } finally {
      this.busy = null;
    }
  }

  private saveEndpoint(event: Event) {
    event.preventDefault();
    const url = this.endpoint.trim();
    return this.run('endpoint', async () => {
      const updated = await this.view.api.updateSettings(this.view.session, {
        webhookUrl: url || null,
      });
      this.settings = updated;
      this.endpoint = updated.webhookUrl ?? '';
      if (updated.webhookSecret)
        this.secret = { label: this.t('webhooks.firstSecret'), value: updated.webhookSecret };
      this.view.announce(this.t('webhooks.endpointSaved'));
    });
  }

  private roll(event: Event) {
    event.preventDefault();
    return this.run('roll', async () => {
      this.rolled = await this.view.api.rollWebhookSecret(
        this.view.session,
        parseHours(this.hours),
      );
      this.secret = { label: this.t('webhooks.secret.value'), value: this.rolled.secret };
      this.view.announce(this.t('webhooks.secret.rolled'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#webhook-secret')?.focus();
    });
  }

  private sendTest(event: Event) {
    event.preventDefault();
    return this.run('test', async () => {
      const { eventId } = await this.view.api.sendTestEvent(this.view.session, this.testType);
      this.say(this.t('webhooks.test.sent', { id: eventId }));
      await this.loadDeliveries();
    });
  }

  private say(text: string) {
    this.outcome = text;
    this.view.announce(text);
  }

  private async replay(eventId: string) {
    if (this.replaying) return;
    this.replaying = eventId;
    try {
      const result = await this.view.api.replay(this.view.session, eventId);
      this.say(
        result.succeeded
          ? this.t('webhooks.replayed.ok', { id: eventId, status: result.responseStatus ?? '' })
          : this.t('webhooks.replayed.failed', {
              id: eventId,
              error: result.error ?? String(result.responseStatus ?? ''),
            }),
      );
      await this.loadDeliveries();
    } catch (error) {
      this.fail('deliveries', error);
    } finally {
      this.replaying = null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'certinomis-portal-webhooks': CertinomisPortalWebhooks;
  }
}
