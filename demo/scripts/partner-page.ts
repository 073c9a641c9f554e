/**
 * The partner page's developer panel (demo only): what the element is doing
 * (machine state, step, the events it sends and the calls the page makes),
 * the development SIRETs to copy, and test profiles that fill the purchase
 * form through the element's `fill()`.
 *
 * The element's demo contract, coded against defensively (it may be an older
 * build): DOM events `certinomis:step` {step}, `certinomis:order-placed`
 * {reference, totals}, `certinomis:error` {status, title}, `certinomis:state`
 * {state, event}; a read-only `state` getter; `fill(values)`.
 */
import { byId, formatClock, h } from './lib/dom.ts';
import { type DevSiret, devSirets, type FillValues, fillProfiles } from './lib/test-data.ts';

interface DemoElement extends HTMLElement {
  readonly state?: unknown;
  fill?: (values: FillValues) => unknown;
}

const eventTypes = [
  'certinomis:state',
  'certinomis:step',
  'certinomis:order-placed',
  'certinomis:error',
  'certinomis:dossier-submitted',
] as const;
const LOG_LIMIT = 50;
const OPEN_KEY = 'certinomis-demo:dev-panel-open';

const element = document.querySelector<DemoElement>('certinomis-order');
const panel = byId('dev-panel-details', HTMLDetailsElement);
const stateOutput = byId('dev-state', HTMLElement);
const stepOutput = byId('dev-step', HTMLElement);
const transitionOutput = byId('dev-transition', HTMLElement);
const orderOutput = byId('dev-last-order', HTMLElement);
const log = byId('dev-log', HTMLOListElement);
const logEmpty = byId('dev-log-empty', HTMLElement);
const logCount = byId('dev-log-count', HTMLElement);
const profileSelect = byId('dev-fill-profile', HTMLSelectElement);
const fillButton = byId('dev-fill', HTMLButtonElement);
const fillStatus = byId('dev-fill-status', HTMLElement);
const siretList = byId('dev-sirets', HTMLUListElement);
const copyStatus = byId('dev-copy-status', HTMLElement);

// ── Panel open / closed, remembered across reloads ──────────────────────────
try {
  const remembered = localStorage.getItem(OPEN_KEY);
  if (remembered !== null) panel.open = remembered === '1';
} catch {
  // Storage unavailable (private mode): the panel stays as the page opens it.
}
panel.addEventListener('toggle', () => {
  try {
    localStorage.setItem(OPEN_KEY, panel.open ? '1' : '0');
  } catch {
    // ignored, see above
  }
});

// ── Compact rendering of state values and event details ─────────────────────

/** JSON on one line; a value JSON cannot hold (cycle, function…) as its string form. */
function compactJson(value: unknown): string {
  if (value === undefined) return '—';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** An XState state value as dotted paths: `{purchase: {form: 'options'}}` → `purchase.form.options`. */
function formatStateValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const paths = Object.entries(value).map(([key, child]) => {
      const rest = formatStateValue(child);
      return rest === '' ? key : `${key}.${rest}`;
    });
    return paths.join(' | ');
  }
  if (value === null || value === undefined) return '';
  return compactJson(value);
}

/** The state a `certinomis:state` detail or the `state` getter reports: a value, or a snapshot-like object with `value`. */
function describeState(state: unknown): string {
  if (state && typeof state === 'object' && 'value' in state) {
    return formatStateValue((state as { value: unknown }).value) || compactJson(state);
  }
  return formatStateValue(state) || '—';
}

/** A machine event by its type (and the form section it updates): `purchase.update (customer)`. */
function describeEvent(event: unknown): string {
  if (event === null || event === undefined) return '—';
  if (typeof event === 'string') return event;
  if (typeof event === 'object' && 'type' in event) {
    const { type, section } = event as { type: unknown; section?: unknown };
    if (typeof type === 'string')
      return typeof section === 'string' ? `${type} (${section})` : type;
  }
  return compactJson(event);
}

// ── Event log ───────────────────────────────────────────────────────────────

function addLogEntry(direction: 'in' | 'out', type: string, detail: unknown): void {
  const entry = h(
    'li',
    { class: `dev-log__entry dev-log__entry--${direction}` },
    h(
      'time',
      { class: 'dev-log__time', datetime: new Date().toISOString() },
      formatClock(new Date()),
    ),
    ' ',
    h(
      'span',
      {
        class: 'dev-log__direction',
        title: direction === 'in' ? 'élément → page' : 'page → élément',
      },
      direction === 'in' ? '◀' : '▶',
    ),
    h('span', { class: 'visually-hidden' }, direction === 'in' ? 'reçu : ' : 'envoyé : '),
    ' ',
    h('code', { class: 'dev-log__type' }, type),
    ' ',
    h('code', { class: 'dev-log__detail' }, compactJson(detail)),
  );
  log.prepend(entry);
  while (log.children.length > LOG_LIMIT) log.lastElementChild?.remove();
  updateLogCount();
}

function updateLogCount(): void {
  const n = log.children.length;
  logEmpty.hidden = n > 0;
  logCount.textContent = n === 0 ? '' : `(${n}${n >= LOG_LIMIT ? ', les plus récents' : ''})`;
}

byId('dev-log-clear', HTMLButtonElement).addEventListener('click', () => {
  log.replaceChildren();
  updateLogCount();
});

// ── State, step, orders: from the element's events ──────────────────────────

function detailOf(event: Event): unknown {
  return event instanceof CustomEvent ? (event.detail as unknown) : undefined;
}

function field(detail: unknown, name: string): unknown {
  return detail && typeof detail === 'object' && name in detail
    ? (detail as Record<string, unknown>)[name]
    : undefined;
}

function onElementEvent(event: Event): void {
  const detail = detailOf(event);
  addLogEntry('in', event.type, detail);
  switch (event.type) {
    case 'certinomis:state':
      stateOutput.textContent = describeState(field(detail, 'state'));
      transitionOutput.textContent = describeEvent(field(detail, 'event'));
      break;
    case 'certinomis:step': {
      const step = field(detail, 'step');
      stepOutput.textContent = typeof step === 'string' ? step : compactJson(step);
      break;
    }
    case 'certinomis:order-placed': {
      const reference = field(detail, 'reference');
      orderOutput.replaceChildren(
        h('strong', {}, typeof reference === 'string' ? reference : compactJson(reference)),
        ' — l’e-mail de confirmation est dans la ',
        h('a', { href: '/boite-mail' }, 'Boîte mail'),
        '.',
      );
      break;
    }
  }
}

if (element) {
  for (const type of eventTypes) element.addEventListener(type, onElementEvent);
  void customElements.whenDefined('certinomis-order').then(() => {
    const state = element.state;
    if (state !== undefined && stateOutput.textContent === '—') {
      stateOutput.textContent = describeState(state);
    }
    updateFillAvailability();
  });
}

// ── Fill with test data ─────────────────────────────────────────────────────

/** Machine states where the order form is not on screen, so `fill()` has nothing to fill. */
const notOnTheForm = ['products', 'quantity', 'confirmed'];

for (const profile of fillProfiles) {
  profileSelect.append(h('option', { value: profile.id }, profile.label));
}

function updateFillAvailability(): void {
  if (element && typeof element.fill === 'function') return;
  fillStatus.textContent = 'Cette version de l’élément ne propose pas encore fill().';
}

fillButton.addEventListener('click', async () => {
  const profile = fillProfiles.find((p) => p.id === profileSelect.value);
  if (!profile) return;
  if (!element || typeof element.fill !== 'function') {
    fillStatus.textContent = 'Impossible : cette version de l’élément ne propose pas fill().';
    return;
  }
  const values: FillValues = structuredClone(profile.values);
  addLogEntry('out', 'fill()', values);
  try {
    await element.fill(values);
    // The element takes fill() on its order form only (Identification client onwards).
    const state = element.state;
    fillStatus.textContent =
      state === null || (typeof state === 'string' && notOnTheForm.includes(state))
        ? 'Le formulaire de commande n’est pas affiché : choisissez un produit (Commander), puis « Suivant → », et recommencez.'
        : `Formulaire rempli : ${profile.label}.`;
  } catch (error) {
    fillStatus.textContent = `fill() a échoué : ${error instanceof Error ? error.message : String(error)}`;
    addLogEntry('in', 'fill() : erreur', error instanceof Error ? error.message : error);
  }
});

// ── Development SIRETs ──────────────────────────────────────────────────────

async function copy(siret: DevSiret, code: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(siret.siret);
    copyStatus.textContent = `SIRET ${siret.siret} copié.`;
    return;
  } catch {
    // No Clipboard API (insecure context, permission refused): select it for Ctrl+C.
  }
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(code);
  selection?.removeAllRanges();
  selection?.addRange(range);
  copyStatus.textContent = `SIRET ${siret.siret} sélectionné : copiez-le avec Ctrl+C.`;
}

for (const siret of devSirets) {
  const code = h('code', { class: 'dev-siret__number', 'data-siret': siret.siret }, siret.siret);
  const button = h(
    'button',
    { type: 'button', class: 'dev-siret__copy', 'aria-label': `copier le SIRET ${siret.siret}` },
    'copier',
  );
  button.addEventListener('click', () => void copy(siret, code));
  siretList.append(
    h(
      'li',
      { class: `dev-siret dev-siret--${siret.kind}` },
      h('div', { class: 'dev-siret__head' }, code, button),
      h('strong', { class: 'dev-siret__name' }, siret.name),
      h('span', { class: 'dev-siret__what' }, siret.demonstrates),
    ),
  );
}

updateLogCount();
