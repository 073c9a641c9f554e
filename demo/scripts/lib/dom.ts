/**
 * Small DOM helpers for the demo pages. Untrusted text (e-mail bodies,
 * recipients, event details) only ever becomes text nodes or attribute
 * values: never `innerHTML`.
 */

type Attributes = Record<string, string | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

/** `h('a', { href: '#x', class: 'link' }, 'text', otherNode)`. `true` sets an empty attribute, `false`/`undefined` none. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The element with this id, of this type; throws when the page lacks it (a broken page should fail loudly). */
export function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return element;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium' });
const dayAndTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "27/11/2026 10:00:00". */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** Time only for today ("10:00:00"), else day and time ("26/11 18:30"), as a mail list shows dates. */
export function formatShortDate(date: Date, now = new Date()): string {
  return date.toDateString() === now.toDateString()
    ? timeOnly.format(date)
    : dayAndTime.format(date);
}

/** "10:00:00.123", for an event log. */
export function formatClock(date: Date): string {
  const ms = String(date.getMilliseconds()).padStart(3, '0');
  return `${timeOnly.format(date)}.${ms}`;
}
