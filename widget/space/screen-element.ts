import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GenericSchema } from 'valibot';
import type { RenewalStart, SessionResponse } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/index.ts';
import type { SpaceContext, SpaceEvent, SpaceFailure } from '../../machines/space.machine.ts';
import { countKey } from '../i18n/plural.ts';
import type { CertinomisField } from '../ui/field.ts';
import '../ui/field.ts';
import { type SpaceKey, spaceText } from '../i18n/space.ts';
import { tokens } from '../ui/tokens.styles.ts';
import type { CertinomisPasswordField } from './password-field.ts';
import './password-field.ts';
import { spaceStyles } from './space.styles.ts';
import type { SpaceApi } from './space-api.ts';

/** What every screen of the client space receives from `<certinomis-client-space>`. */
export interface SpaceView {
  locale: Locale;
  context: SpaceContext;
  /** A request of the machine is in flight (submit buttons disabled). */
  busy: boolean;
  send(event: SpaceEvent): void;
  api: SpaceApi;
  session: SessionResponse | null;
  /** Says `text` in the space's polite live region. */
  announce(text: string): void;
  /** The pen of a dossier row: `certinomis:dossier-open`. */
  openDossier(id: string): void;
  /** Renouveler on a certificate row: the pre-filled purchase (absent: no renewal offered). */
  renew?(start: RenewalStart): void;
  /**
   * Present while the space's machine part is still loading (the login screen is painted
   * before it): a submit is handed to it, to run again once the machine is there.
   */
  defer?(retry: () => void): void;
}

/**
 * The checks of the screens' forms: valibot and the field messages come with the space's
 * machine part (space-flow.ts installs them), so that the login screen can be painted and
 * typed in before. Until then nothing is checked, and a submit waits (`SpaceView.defer`).
 */
export interface SpaceChecks {
  check(
    schema: GenericSchema,
    input: unknown,
    locale: Locale,
  ): { success: boolean; errors: { field: string; message: string }[] };
  /** The login form's schema (machines/schemas/auth.ts). */
  login: GenericSchema;
}

let checks: SpaceChecks | null = null;

/** Installs the forms' checks (once, from the machine's part). */
export function installSpaceChecks(installed: SpaceChecks): void {
  checks = installed;
}

type FieldName = 'email' | 'password';

/**
 * Base of the client space's screens: the view they render, their form (values, client-side
 * errors from the shared valibot schemas, the API's errors) and focus helpers.
 */
export class SpaceScreenElement extends LitElement {
  static override styles = [tokens, spaceStyles];

  @property({ attribute: false }) view!: SpaceView;
  @state() protected values: Record<FieldName, string> = { email: '', password: '' };
  /** Client-side errors, by field; shown once a field was left or the form submitted. */
  @state() protected errors: Partial<Record<FieldName, string>> = {};
  @state() protected submitted = false;
  private touched = new Set<FieldName>();
  private prefilled = false;

  override willUpdate(changed: PropertyValues<this>) {
    // The e-mail known to the space (`?email=`, the last one typed) prefills the form once.
    if (changed.has('view') && !this.prefilled && this.view) {
      this.prefilled = true;
      this.values = { ...this.values, email: this.view.context.email };
    }
  }

  protected t(key: SpaceKey, params?: Record<string, string | number>): string {
    return spaceText(this.view.locale, key, params);
  }

  protected get failure(): SpaceFailure | null {
    return this.view.context.failure;
  }

  /** Validates `values` with `schema`; errors of touched fields (all once submitted) are shown. */
  protected check(schema: GenericSchema | 'login', input: unknown): boolean {
    if (!checks) return true;
    const result = checks.check(
      schema === 'login' ? checks.login : schema,
      input,
      this.view.locale,
    );
    const all: Partial<Record<FieldName, string>> = {};
    for (const error of result.errors) {
      if (error.field === 'email' || error.field === 'password') all[error.field] ??= error.message;
    }
    this.errors = Object.fromEntries(
      Object.entries(all).filter(
        ([field]) => this.submitted || this.touched.has(field as FieldName),
      ),
    );
    return result.success;
  }

  /** Re-checks the form after a change (override: which schema, which input). */
  protected validate(): boolean {
    return true;
  }

  /** The error shown for `field`: the buyer's own mistake first, else the API's. */
  protected errorOf(field: FieldName): string | null {
    return this.errors[field] ?? this.failure?.fields[field] ?? null;
  }

  protected emailField(options: { help?: string; autocomplete?: string } = {}) {
    const error = this.errorOf('email');
    return html`<certinomis-field
      part="field"
      name="email"
      type="email"
      label=${this.t('field.email')}
      required
      .value=${this.values.email}
      help=${options.help ?? ''}
      error=${error ?? nothing}
      autocomplete=${options.autocomplete ?? 'email'}
      @input=${(event: Event) => this.edit('email', (event.target as CertinomisField).value)}
      @change=${() => this.leave('email')}
    ></certinomis-field>`;
  }

  protected passwordField(options: { label?: string; help?: string; autocomplete?: string } = {}) {
    const error = this.errorOf('password');
    return html`<certinomis-password-field
      part="field"
      name="password"
      label=${options.label ?? this.t('field.password')}
      toggle-label=${this.t('password.show')}
      required
      .value=${this.values.password}
      help=${options.help ?? ''}
      error=${error ?? nothing}
      autocomplete=${options.autocomplete ?? 'current-password'}
      @input=${(event: Event) =>
        this.edit('password', (event.target as CertinomisPasswordField).value)}
      @change=${() => this.leave('password')}
    ></certinomis-password-field>`;
  }

  private edit(field: FieldName, value: string) {
    this.values = { ...this.values, [field]: value };
    if (this.submitted || this.errors[field]) this.validate();
  }

  private leave(field: FieldName) {
    this.touched.add(field);
    this.validate();
  }

  /**
   * A `<form>` whose fields live in shadow roots: Enter in a field submits it (implicit
   * submission does not cross shadow boundaries), the submit button too.
   */
  protected form(content: unknown, onSubmit: () => void) {
    return html`<form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        this.submit(onSubmit);
      }}
      @keydown=${(event: KeyboardEvent) => {
        const origin = event.composedPath()[0];
        if (event.key === 'Enter' && origin instanceof HTMLInputElement) {
          event.preventDefault();
          this.submit(onSubmit);
        }
      }}
    >
      ${content}
    </form>`;
  }

  /** The form's submit button: busy (disabled, `aria-busy`) while its request runs. */
  protected submitButton(busy: boolean, label: string) {
    return html`<button
      type="submit"
      class="primary"
      part="submit"
      ?disabled=${busy}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${label}
    </button>`;
  }

  private async submit(onSubmit: () => void) {
    if (this.view.busy) return;
    if (this.view.defer) {
      this.view.defer(() => void this.submit(onSubmit));
      return;
    }
    this.submitted = true;
    if (this.validate()) {
      onSubmit();
      return;
    }
    await this.updateComplete;
    const entries = Object.entries(this.errors);
    const [first] = entries;
    if (first) {
      const label = this.t(first[0] === 'email' ? 'field.email' : 'field.password');
      this.view.announce(
        this.t(countKey(this.view.locale, entries.length, 'space.errors'), {
          n: entries.length,
          first: `${label} : ${first[1]}`,
        }),
      );
    }
    await this.focusFirstError();
  }

  /** The form-level error of the last request (not a field's). */
  protected renderFailure(
    messages: Partial<Record<number, string>> = {},
  ): ReturnType<typeof html> | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    let text = messages[failure.status];
    if (Object.keys(failure.fields).length > 0) {
      // Field errors are shown next to their fields; others (a link's token…) here.
      const others = Object.entries(failure.fields).filter(
        ([field]) => field !== 'email' && field !== 'password',
      );
      if (others.length === 0) return nothing;
      text = others.map(([, message]) => message).join(' ');
    } else if (failure.status === 429) {
      text = this.t('space.throttled', { n: failure.retryAfter ?? 60 });
    } else if (text === undefined) {
      text =
        failure.status === 0
          ? this.t('space.network')
          : (failure.message ?? this.t('space.failed'));
    }
    return html`<p class="alert" role="alert">${text}</p>`;
  }

  /** Moves focus to the screen's heading (after a screen change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Moves focus to the first field in error; false when there is none. */
  async focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('[error]');
    target?.focus();
    return target !== null;
  }
}
