import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { translate } from '../../machines/messages/messages.ts';
import type { PurchaseContext } from '../../machines/purchase/context.ts';
import { type FieldIssue, type StepId, stepIssues } from '../../machines/purchase/step-issues.ts';
import type { UpdateSection } from '../../machines/purchase/update.ts';
import { fieldLabel } from '../i18n/element.ts';
import type { FieldInputOptions } from '../ui/field.ts';
import '../ui/field.ts';
import { focusHeading, focusInvalid } from '../ui/focus.ts';
import { textField } from '../ui/text-field.ts';
import { tokens } from '../ui/tokens.styles.ts';
import type { Flow } from './flow.ts';
import { stepStyles } from './step.styles.ts';

export interface FieldOptions extends FieldInputOptions {
  /** Error to show instead of the field's own. */
  error?: string | null;
  /** Value to show while the context holds none (e.g. the schema's default country). */
  fallback?: string;
  /** Spans the whole row of a two-column grid. */
  wide?: boolean;
}

/**
 * Base of the purchase screens: the flow they render, field errors (the API's, the machine's
 * last refusal, or — once the buyer left the field — the step's live issues), and focus helpers.
 */
export class StepElement extends LitElement {
  static override styles = [tokens, stepStyles];

  @property({ attribute: false }) flow!: Flow;
  /** Fields the buyer has left after changing them: their live issues are shown. */
  @state() protected touched = new Set<string>();

  /** The step whose live issues are shown for touched fields. */
  protected step: StepId | null = null;
  private live: { context: PurchaseContext; issues: FieldIssue[] } | null = null;

  protected liveIssues(): FieldIssue[] {
    const { context } = this.flow;
    if (this.step === null) return [];
    if (this.live?.context !== context) {
      this.live = { context, issues: stepIssues(this.step, context) };
    }
    return this.live.issues;
  }

  protected issueOf(path: string, live = this.touched.has(path)): FieldIssue | undefined {
    return (
      this.flow.context.issues.find((issue) => issue.field === path) ??
      (live ? this.liveIssues().find((issue) => issue.field === path) : undefined)
    );
  }

  /** The error text shown for the field at `path`, or null. */
  protected errorOf(path: string, live?: boolean): string | null {
    const server = this.flow.serverErrors.get(path);
    if (server) return server;
    const issue = this.issueOf(path, live);
    return issue ? translate(this.flow.locale, issue.key, issue.params) : null;
  }

  protected touch(path: string): void {
    if (!this.touched.has(path)) this.touched = new Set(this.touched).add(path);
  }

  protected set(section: UpdateSection, values: Record<string, unknown>): void {
    this.flow.send({ type: 'purchase.update', section, values });
  }

  /** A `<certinomis-field>` bound to `section.name` of the context. */
  protected field(section: UpdateSection, name: string, options: FieldOptions = {}) {
    const path = `${section}.${name}`;
    const value = (this.flow.context[section] as Record<string, unknown>)[name];
    return textField({
      ...options,
      name: path,
      label: fieldLabel(this.flow.locale, path),
      value: typeof value === 'string' && value !== '' ? value : (options.fallback ?? ''),
      error: options.error === undefined ? this.errorOf(path) : options.error,
      onInput: (next) => this.set(section, { [name]: next }),
      onChange: () => this.touch(path),
    });
  }

  /** Moves focus to the screen's heading (after a step change). */
  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  /** Moves focus to the first field in error; false when there is none. */
  focusFirstError(): Promise<boolean> {
    return focusInvalid(this, 'certinomis-field[error], [aria-invalid="true"]');
  }

  /** Moves focus to the way out of a failed order (the review step's Réessayer); false: none. */
  async focusFailure(): Promise<boolean> {
    return false;
  }
}

/** Where the focus goes after a change: the heading, the first error, or a failed order's way out. */
export type PendingFocus = 'heading' | 'error' | 'failure';

/** Moves the focus on `screen` (a step, or the product list: its heading only). */
export async function moveFocus(
  screen: StepElement | { updateComplete: Promise<boolean>; focusHeading(): Promise<void> },
  focus: PendingFocus,
): Promise<void> {
  await screen.updateComplete;
  if (screen instanceof StepElement) {
    if (focus === 'error' && (await screen.focusFirstError())) return;
    if (focus === 'failure' && (await screen.focusFailure())) return;
  }
  await screen.focusHeading();
}
