/**
 * The demo mailbox (`/boite-mail`): every e-mail and SMS in the outbox
 * (`GET /dev/outbox`), newest first, refreshed every 2 s, filterable by
 * recipient and channel; a click shows the message: its headers, the text
 * version with clickable links, the HTML version in a sandboxed iframe
 * (`GET /dev/outbox/:id/html`, no scripts, its own strict CSP).
 *
 * Everything from a message is untrusted: it only becomes text nodes and
 * attribute values, never HTML of this page.
 */
import type { DevOutboxMessage } from '../../api/routes/dev.ts';
import { byId, formatDateTime, formatShortDate, h } from './lib/dom.ts';
import { linkify } from './lib/linkify.ts';

const REFRESH_MS = 2000;
const READ_KEY = 'certinomis-demo:mailbox-read';
const READ_LIMIT = 500;
/** Popups (links opened in a new tab) may leave the sandbox; scripts, forms and same-origin access may not. */
const IFRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

const list = byId('messages', HTMLUListElement);
const listEmpty = byId('list-empty', HTMLElement);
const listCount = byId('list-count', HTMLElement);
const reader = byId('reader', HTMLElement);
const filterTo = byId('filter-to', HTMLInputElement);
const filterChannel = byId('filter-channel', HTMLSelectElement);
const recipients = byId('recipients', HTMLDataListElement);
const refreshStatus = byId('refresh-status', HTMLElement);
const announce = byId('announce', HTMLElement);
const loadError = byId('load-error', HTMLElement);

let messages: DevOutboxMessage[] = [];
let loaded = false;
const known = new Set<string>();
let listSignature = '';
let readerState: { id: string | null; sentAt: string | null; found: boolean } | null = null;
let sentOutput: HTMLElement | null = null;

// ── Read / unread, remembered in this browser ───────────────────────────────
const read = new Set<string>(loadReadIds());

function loadReadIds(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(READ_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function markRead(id: string): void {
  if (read.has(id)) return;
  read.add(id);
  try {
    localStorage.setItem(READ_KEY, JSON.stringify([...read].slice(-READ_LIMIT)));
  } catch {
    // Storage unavailable: read marks last for this visit only.
  }
}

// ── Selection (the URL hash: #m-<id>, so a message can be linked to) ─────────
function selectedId(): string | null {
  const match = /^#m-(.+)$/.exec(window.location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

// ── Filters (kept in the URL query: ?to=…&channel=…) ─────────────────────────
{
  const params = new URLSearchParams(window.location.search);
  filterTo.value = params.get('to') ?? '';
  const channel = params.get('channel') ?? '';
  if ([...filterChannel.options].some((o) => o.value === channel)) filterChannel.value = channel;
}

function onFilterChange(): void {
  const params = new URLSearchParams();
  if (filterTo.value.trim()) params.set('to', filterTo.value.trim());
  if (filterChannel.value) params.set('channel', filterChannel.value);
  const query = params.toString();
  history.replaceState(
    null,
    '',
    `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
  );
  renderList();
}
filterTo.addEventListener('input', onFilterChange);
filterChannel.addEventListener('change', () => {
  onFilterChange();
  void refresh();
});

function visibleMessages(): DevOutboxMessage[] {
  const to = filterTo.value.trim().toLowerCase();
  const channel = filterChannel.value;
  return messages.filter(
    (m) =>
      (!to || m.to.toLowerCase().includes(to)) &&
      (channel ? m.channel === channel : m.channel !== 'webhook'),
  );
}

// ── Presentation ─────────────────────────────────────────────────────────────
const channelInfo = {
  email: { icon: '✉', label: 'E-mail' },
  sms: { icon: '💬', label: 'SMS' },
  webhook: { icon: '⚙', label: 'Webhook' },
} as const;

function channelOf(m: DevOutboxMessage): { icon: string; label: string } {
  return channelInfo[m.channel] ?? { icon: '•', label: m.channel };
}

/** What the list shows as the message's title: the e-mail subject, or the SMS text. */
function summaryOf(m: DevOutboxMessage): string {
  if (m.subject) return m.subject;
  const oneLine = m.text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 140 ? `${oneLine.slice(0, 139)}…` : oneLine || '(sans texte)';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ── The list ────────────────────────────────────────────────────────────────
function renderList(): void {
  const visible = visibleMessages();
  const selected = selectedId();
  const signature = JSON.stringify([
    visible.map((m) => [m.id, m.sentAt, read.has(m.id)]),
    selected,
    loaded,
  ]);
  if (signature === listSignature) return;
  listSignature = signature;

  const focusedId =
    document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
      ? (document.activeElement.dataset.id ?? null)
      : null;
  const now = new Date();
  list.replaceChildren(
    ...visible.map((m) => {
      const channel = channelOf(m);
      const unread = !read.has(m.id);
      const created = new Date(m.createdAt);
      return h(
        'li',
        { class: `message${unread ? ' message--unread' : ''}` },
        h(
          'a',
          {
            class: 'message__link',
            href: `#m-${encodeURIComponent(m.id)}`,
            'data-id': m.id,
            'aria-current': m.id === selected ? 'true' : undefined,
          },
          h('span', { class: 'message__icon', 'aria-hidden': 'true' }, channel.icon),
          h('span', { class: 'visually-hidden' }, `${channel.label}${unread ? ', non lu' : ''} : `),
          h('span', { class: 'message__to' }, m.to),
          h('span', { class: 'message__summary' }, summaryOf(m)),
          h(
            'time',
            { class: 'message__date', datetime: m.createdAt, title: formatDateTime(created) },
            formatShortDate(created, now),
          ),
        ),
      );
    }),
  );
  if (focusedId) list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus();

  const filtered = visible.length !== messages.length;
  listCount.textContent = loaded
    ? `(${visible.length}${filtered ? ` sur ${messages.length}` : ''})`
    : '';
  listEmpty.hidden = !loaded || visible.length > 0;
  listEmpty.textContent =
    messages.length === 0
      ? 'Aucun message pour l’instant. Passez une commande sur la page partenaire : l’e-mail de confirmation apparaîtra ici.'
      : 'Aucun message ne correspond au filtre.';
}

function updateRecipients(): void {
  const distinct = [...new Set(messages.map((m) => m.to))].sort();
  if (distinct.join('\n') === [...recipients.options].map((o) => o.value).join('\n')) return;
  recipients.replaceChildren(...distinct.map((to) => h('option', { value: to })));
}

// ── The reader ──────────────────────────────────────────────────────────────
function header(label: string, value: Node | string): Node[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function sentText(m: DevOutboxMessage): string {
  return m.sentAt ? `remis le ${formatDateTime(new Date(m.sentAt))}` : 'en attente d’envoi';
}

function renderReader(userAction: boolean): void {
  const id = selectedId();
  const message = id === null ? undefined : messages.find((m) => m.id === id);
  const state = { id, sentAt: message?.sentAt ?? null, found: message !== undefined };
  if (
    readerState &&
    readerState.id === state.id &&
    readerState.found === state.found &&
    (readerState.sentAt === state.sentAt || !message)
  ) {
    return;
  }
  if (readerState?.id === state.id && message && sentOutput) {
    // Only the delivery changed: update it without reloading the HTML frame.
    sentOutput.textContent = sentText(message);
    readerState = state;
    return;
  }
  readerState = state;
  sentOutput = null;

  if (id === null) {
    reader.replaceChildren(
      h('p', { class: 'mailbox__empty' }, 'Sélectionnez un message pour le lire.'),
    );
    return;
  }
  if (!message) {
    reader.replaceChildren(
      h(
        'p',
        { class: 'mailbox__empty' },
        loaded
          ? 'Ce message n’est plus dans la boîte (seuls les 200 derniers sont gardés).'
          : 'Chargement…',
      ),
    );
    return;
  }

  markRead(message.id);
  const channel = channelOf(message);
  const title = h(
    'h2',
    { class: 'reader__title', tabindex: '-1' },
    message.subject ?? `${channel.label} à ${message.to}`,
  );
  sentOutput = h('span', {}, sentText(message));
  const parts: Node[] = [
    backButton(message.id),
    title,
    h(
      'dl',
      { class: 'reader__headers' },
      ...header('Canal', `${channel.icon} ${channel.label}`),
      ...header('À', message.to),
      ...(message.subject ? header('Objet', message.subject) : []),
      ...header('Date', formatDateTime(new Date(message.createdAt))),
      ...header('Envoi', sentOutput),
      ...header('Identifiant', h('code', {}, message.id)),
    ),
  ];

  if (message.channel === 'sms') {
    parts.push(
      h(
        'section',
        { class: 'reader__part', 'aria-label': 'Texte du SMS' },
        h('p', { class: 'sms-bubble' }, ...linkify(message.text)),
      ),
    );
  } else {
    if (message.html !== null) {
      const htmlUrl = `/dev/outbox/${encodeURIComponent(message.id)}/html`;
      parts.push(
        h(
          'section',
          { class: 'reader__part', 'aria-labelledby': 'reader-html-title' },
          h(
            'div',
            { class: 'reader__part-head' },
            h('h3', { id: 'reader-html-title' }, 'Version HTML'),
            h(
              'a',
              { href: htmlUrl, target: '_blank', rel: 'noopener' },
              'Ouvrir dans un nouvel onglet',
            ),
          ),
          h('iframe', {
            class: 'reader__html',
            sandbox: IFRAME_SANDBOX,
            referrerpolicy: 'no-referrer',
            title: `Version HTML de l’e-mail « ${message.subject ?? ''} »`,
            src: htmlUrl,
          }),
        ),
      );
    }
    parts.push(
      h(
        'section',
        { class: 'reader__part', 'aria-labelledby': 'reader-text-title' },
        h('h3', { id: 'reader-text-title' }, 'Version texte'),
        h('pre', { class: 'reader__text' }, ...linkify(message.text)),
      ),
    );
  }
  reader.replaceChildren(h('article', { class: 'reader' }, ...parts));
  if (userAction && window.matchMedia('(max-width: 56rem)').matches) title.focus();
}

/** On a phone, the list is above the reader: this goes back to the message in the list. */
function backButton(id: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'reader__back' }, '← Tous les messages');
  button.addEventListener('click', () => {
    const link = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (link) link.focus();
    else byId('list-title', HTMLElement).scrollIntoView();
  });
  return button;
}

window.addEventListener('hashchange', () => {
  renderReader(true);
  renderList();
});

// ── Refresh loop ────────────────────────────────────────────────────────────
function isMessageList(value: unknown): value is DevOutboxMessage[] {
  return (
    Array.isArray(value) &&
    value.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as DevOutboxMessage).id === 'string' &&
        typeof (m as DevOutboxMessage).to === 'string' &&
        typeof (m as DevOutboxMessage).text === 'string',
    )
  );
}

async function refresh(): Promise<void> {
  try {
    // The webhooks sent to the demo partners are a channel of their own, asked for by the filter.
    const res = await fetch(
      filterChannel.value === 'webhook' ? '/dev/outbox?channel=webhook' : '/dev/outbox',
      {
        headers: { Accept: 'application/json' },
        cache: 'no-store',
      },
    );
    if (!res.ok) {
      throw new Error(
        `la boîte d’envoi répond HTTP ${res.status} (le serveur est-il lancé en mode démo, avec npm start ?)`,
      );
    }
    const body: unknown = await res.json();
    if (!isMessageList(body)) throw new Error('réponse inattendue de /dev/outbox');
    const fresh = body.filter((m) => !known.has(m.id));
    for (const m of body) known.add(m.id);
    if (loaded && fresh.length > 0) {
      announce.textContent = plural(fresh.length, 'nouveau message', 'nouveaux messages');
    }
    messages = body;
    loaded = true;
    loadError.hidden = true;
    refreshStatus.textContent = `Actualisé à ${new Date().toLocaleTimeString('fr-FR')}`;
    updateRecipients();
    renderReader(false);
    renderList();
  } catch (error) {
    loadError.hidden = false;
    loadError.textContent = `Impossible de lire les messages : ${error instanceof Error ? error.message : String(error)}. Nouvel essai dans 2 s.`;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let running = false;
async function loop(): Promise<void> {
  if (running) return; // the refresh in flight schedules the next one
  running = true;
  clearTimeout(timer);
  try {
    await refresh();
  } finally {
    running = false;
  }
  // Paused while the tab is hidden; resumes (at once) when it is shown again.
  if (document.visibilityState !== 'hidden') timer = setTimeout(() => void loop(), REFRESH_MS);
}
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void loop();
  else clearTimeout(timer);
});

renderReader(false);
renderList();
void loop();
