import { html, nothing } from 'lit';
import type { CertinomisField, FieldInputOptions } from './field.ts';
import './field.ts';

/** One text field of a form screen (purchase steps, dossier steps), as `<certinomis-field>`. */
export interface TextFieldSpec extends FieldInputOptions {
  /** The request path (`customer.email`): the field's name and its error's key. */
  name: string;
  label: string;
  value: string;
  error: string | null;
  /** Spans both columns of the screen's grid. */
  wide?: boolean;
  onInput: (value: string) => void;
  /** The buyer left the field after changing it. */
  onChange?: () => void;
}

/** The `<certinomis-field>` of `spec`, required unless said otherwise. */
export function textField(spec: TextFieldSpec) {
  return html`<certinomis-field
    part="field"
    class=${spec.wide ? 'wide' : ''}
    name=${spec.name}
    label=${spec.label}
    type=${spec.type ?? 'text'}
    .value=${spec.value}
    ?required=${spec.required ?? true}
    help=${spec.help ?? ''}
    error=${spec.error ?? nothing}
    autocomplete=${spec.autocomplete ?? ''}
    inputmode=${spec.inputmode ?? ''}
    .options=${spec.options ?? []}
    @input=${(event: Event) => spec.onInput((event.target as CertinomisField).value)}
    @change=${() => spec.onChange?.()}
  ></certinomis-field>`;
}
