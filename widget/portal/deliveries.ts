import { html } from 'lit';
import type { WebhookEventView } from '../../machines/contract.ts';
import { portalDateTime } from '../i18n/portal.ts';
import type { PortalScreen } from './screen.ts';

/**
 * The deliveries log: each event (type, id, status, when) with every attempt's date, HTTP
 * status, latency and error, and its Replay button (`replaying`: the event being replayed).
 */
export function deliveriesList(
  screen: PortalScreen,
  events: WebhookEventView[],
  replaying: string | null,
  onReplay: (eventId: string) => void,
) {
  const t = screen.text.bind(screen);
  const locale = screen.view.locale;
  if (events.length === 0) return html`<p>${t('webhooks.deliveries.empty')}</p>`;
  return html`<ul class="plain">
    ${events.map(
      (event) => html`<li class="event" data-event=${event.id}>
        <h4>${t('webhooks.deliveries.event', { type: event.type })} <span class="mono">${event.id}</span></h4>
        <p>
          <span class="badge ${event.status}">${t(`webhooks.status.${event.status}`)}</span>
          ${t('webhooks.deliveries.created', { date: portalDateTime(event.createdAt, locale) })}
        </p>
        ${
          event.attempts.length === 0
            ? html`<p>${t('webhooks.noAttempt')}</p>`
            : html`<div class="scroll" tabindex="0" role="region" aria-label=${t('webhooks.deliveries.caption', { id: event.id })}>
                <table>
                  <caption class="visually-hidden">${t('webhooks.deliveries.caption', { id: event.id })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('webhooks.col.attempt')}</th>
                      <th scope="col">${t('webhooks.col.at')}</th>
                      <th scope="col">${t('webhooks.col.status')}</th>
                      <th scope="col">${t('webhooks.col.latency')}</th>
                      <th scope="col">${t('webhooks.col.error')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${event.attempts.map(
                      (attempt) => html`<tr>
                        <td>${attempt.manual ? t('webhooks.attempt.manual', { n: attempt.attempt }) : attempt.attempt}</td>
                        <td>${portalDateTime(attempt.attemptedAt, locale)}</td>
                        <td>${attempt.responseStatus ?? t('webhooks.noResponse')}</td>
                        <td>${t('webhooks.latency', { ms: attempt.durationMs })}</td>
                        <td>${attempt.error ?? '—'}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
        }
        <p>
          <button
            type="button"
            class="secondary"
            ?disabled=${replaying !== null}
            @click=${() => onReplay(event.id)}
          >
            ${t('webhooks.replayShort')}<span class="visually-hidden"> ${event.id}</span>
          </button>
        </p>
      </li>`,
    )}
  </ul>`;
}
