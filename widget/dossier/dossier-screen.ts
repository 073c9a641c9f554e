import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '../../machines/messages/index.ts';
import { formatFrenchPhone, isFrenchMobile } from '../../machines/rules/phone.ts';
import type { DossierStep, Person } from '../../machines/schemas/dossier.ts';
import { dossierText } from '../i18n/dossier.ts';
import { stepStyles } from '../purchase/step.styles.ts';
import type { FieldInputOptions } from '../ui/field.ts';
import '../ui/field.ts';
import { textField } from '../ui/text-field.ts';
import { tokens } from '../ui/tokens.styles.ts';
import { dossierScreenStyles } from './dossier.styles.ts';
import { type DossierView, fieldName } from './view.ts';

export interface TextFieldOptions extends FieldInputOptions {
  wide?: boolean;
}

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  help?: string;
  /** Why the option cannot be chosen (it is then disabled). */
  disabledReason?: string | null;
}

/** A person as the buyer types it (strings only; the schema normalises on save). */
export interface PersonDraft {
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  function: string;
}

export const emptyPerson = (): PersonDraft => ({
  civility: '',
  firstName: '',
  lastName: '',
  email: '',
  mobile: '',
  function: '',
});

/** A saved person back in the form (mobile shown as `06 12 34 56 78`). */
export function personDraft(person: Person | null | undefined): PersonDraft {
  if (!person) return emptyPerson();
  return { ...person, mobile: formatFrenchPhone(person.mobile) };
}

/**
 * The ordering contact as the suggested mandataire: its phone only when it is a French mobile
 * (the SMS signature code goes there).
 */
export function contactDraft(view: DossierView): { person: PersonDraft; phone: string | null } {
  const contact = view.context.prefill?.contact;
  if (!contact) return { person: emptyPerson(), phone: null };
  const mobile = isFrenchMobile(contact.phone) ? formatFrenchPhone(contact.phone) : '';
  return {
    person: {
      civility: contact.civility.toUpperCase(),
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      mobile,
      function: '',
    },
    phone: mobile === '' && contact.phone.trim() !== '' ? formatFrenchPhone(contact.phone) : null,
  };
}

/** `Jean-Baptiste POQUELIN`. */
export function personName(person: Pick<Person, 'firstName' | 'lastName'> | null): string {
  return person ? `${person.firstName} ${person.lastName}`.trim() : '';
}

const domId = (path: string) => path.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * Base of the dossier's screens: the dossier they render (`view`), a draft of the step's form
 * (reset whenever the dossier's version changes: saved, reloaded), fields and radio groups
 * with their errors tied by `aria-describedby`, and focus helpers.
 */
export class DossierScreen extends LitElement {
  static override styles = [tokens, stepStyles, dossierScreenStyles];

  @property({ attribute: false }) view!: DossierView;

  /** The step this screen saves (null: not a form). */
  readonly step: DossierStep | null = null;
  private draftOf: string | null = null;

  /** The data `Suivant` sends with `dossier.save` (validated by the container first). */
  draft(): Record<string, unknown> {
    return {};
  }

  /** Fills the draft from the saved step (or the pre-fill). */
  protected resetDraft(): void {}

  protected override willUpdate(): void {
    const key = `${this.view.dossier.id}:${this.view.dossier.version}`;
    if (key !== this.draftOf) {
      this.draftOf = key;
      this.resetDraft();
    }
  }

  protected get locale(): Locale {
    return this.view.locale;
  }

  protected errorOf(path: string): string | null {
    return this.view.errors.get(path) ?? null;
  }

  /** The screen's heading, focused after a step change. */
  protected heading(text: string) {
    return html`<h2 tabindex="-1">${text}</h2>`;
  }

  /** A `<certinomis-field>` for `path`, showing `value`; `onInput` gets each change. */
  protected field(
    path: string,
    value: string,
    onInput: (value: string) => void,
    options: TextFieldOptions = {},
  ) {
    return textField({
      ...options,
      name: path,
      label: fieldName(this.locale, path),
      value,
      error: this.errorOf(path),
      onInput: (next) => {
        onInput(next);
        this.view.clearErrors(path);
      },
    });
  }

  /** The six fields of a mandataire or a bénéficiaire, under `prefix`. */
  protected personFields(
    prefix: string,
    person: PersonDraft,
    set: (name: keyof PersonDraft, value: string) => void,
    mobileHelp: string,
  ): TemplateResult {
    const { locale } = this;
    return html`<p class="note">${dossierText(locale, 'dossier.namesHelp')}</p>
      <div class="grid">
      ${this.field(`${prefix}.civility`, person.civility, (v) => set('civility', v), {
        type: 'select',
        autocomplete: 'off',
        options: [
          { value: '', label: dossierText(locale, 'dossier.choose') },
          { value: 'MME', label: dossierText(locale, 'dossier.mme') },
          { value: 'MR', label: dossierText(locale, 'dossier.mr') },
        ],
      })}
      <span class="spacer"></span>
      ${this.field(`${prefix}.firstName`, person.firstName, (v) => set('firstName', v), {
        autocomplete: 'off',
      })}
      ${this.field(`${prefix}.lastName`, person.lastName, (v) => set('lastName', v), {
        autocomplete: 'off',
      })}
      ${this.field(`${prefix}.email`, person.email, (v) => set('email', v), {
        type: 'email',
        autocomplete: 'off',
      })}
      ${this.field(`${prefix}.mobile`, person.mobile, (v) => set('mobile', v), {
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'off',
        help: mobileHelp,
      })}
      ${this.field(`${prefix}.function`, person.function, (v) => set('function', v), {
        autocomplete: 'off',
        wide: true,
      })}
    </div>`;
  }

  /** A required radio group (`fieldset`/`legend`), its error after the options. */
  protected radios<V extends string>(
    path: string,
    legend: string,
    value: string,
    options: readonly RadioOption<V>[],
    onPick: (value: V) => void,
  ) {
    const error = this.errorOf(path);
    const id = domId(path);
    return html`<fieldset class="radios" data-path=${path}>
      <legend>${legend}<span class="req" aria-hidden="true"> *</span></legend>
      ${options.map((option) => {
        const disabled = Boolean(option.disabledReason);
        const helpId = `${id}-${option.value}-help`;
        const reasonId = `${id}-${option.value}-reason`;
        const describedBy =
          [
            option.help ? helpId : '',
            disabled ? reasonId : '',
            error && !disabled ? `${id}-error` : '',
          ]
            .filter(Boolean)
            .join(' ') || nothing;
        return html`<label class="choice ${disabled ? 'disabled' : ''}">
          <input
            type="radio"
            name=${path}
            .value=${option.value}
            .checked=${value === option.value}
            ?disabled=${disabled}
            aria-describedby=${describedBy}
            aria-invalid=${error && !disabled ? 'true' : 'false'}
            @change=${() => {
              onPick(option.value);
              this.view.clearErrors(path);
            }}
          />
          <span>
            <span class="label">${option.label}</span>
            ${option.help ? html`<span class="help" id=${helpId}>${option.help}</span>` : nothing}
            ${
              disabled
                ? html`<span class="reason" id=${reasonId}>${option.disabledReason}</span>`
                : nothing
            }
          </span>
        </label>`;
      })}
      <p class="error" id="${id}-error" ?hidden=${!error}>${error}</p>
    </fieldset>`;
  }

  /**
   * The screen shows the error of `path` next to its field (a `certinomis-field` of that name,
   * or an element whose `data-path` lists it).
   */
  showsError(path: string): boolean {
    for (const element of this.renderRoot.querySelectorAll('certinomis-field[name], [data-path]')) {
      const names = element.getAttribute('data-path') ?? element.getAttribute('name') ?? '';
      if (names.split(' ').includes(path)) return true;
    }
    return false;
  }

  /** Moves focus to the screen's heading (after a step change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Moves focus to the screen's `[data-action="<action>"]` (enabled); false when there is none. */
  async focusAction(action: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(
      `[data-action="${action}"]:not(:disabled)`,
    );
    target?.focus();
    return target !== null;
  }

  /** Moves focus to the first field in error; false when there is none. */
  async focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(
      'certinomis-field[error], input[aria-invalid="true"]:not(:disabled)',
    );
    target?.focus();
    return target !== null;
  }
}
