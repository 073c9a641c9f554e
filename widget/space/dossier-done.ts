import { html } from 'lit';
import { EDITABLE_DOSSIER_STATUSES } from '../../machines/contract/dossier-statuses.ts';
import type { DossierRow } from '../../machines/contract.ts';
import type { Locale } from '../../machines/messages/locales.ts';
import { spaceScreensText } from '../i18n/space-screens.ts';
import type { SpaceApi } from './space-api.ts';

/** After a dossier is signed: which it was, and the next one the buyer still has to complete. */
export interface DossierDone {
  id: string;
  signed: DossierRow | null;
  next: DossierRow | null;
}

const editable = (row: DossierRow) =>
  (EDITABLE_DOSSIER_STATUSES as readonly string[]).includes(row.status);

/**
 * The next dossier to complete after `id`: another certificate of the same order first (in its
 * order), else the newest order's. Read from the dossiers under way (one page is plenty).
 */
export async function dossierDone(
  api: SpaceApi,
  accessToken: string,
  id: string,
): Promise<DossierDone> {
  const page = await api.dossiers(accessToken, { open: true, limit: 100 });
  const signed = page.items.find((row) => row.id === id) ?? null;
  const others = page.items.filter((row) => row.id !== id && editable(row));
  const sameOrder = signed
    ? others.filter((row) => row.orderReference === signed.orderReference)
    : [];
  return { id, signed, next: sameOrder[0] ?? others[0] ?? null };
}

/** "C'est fait : le dossier REF n° 1 est signé." and the way to the next one (or none left). */
export function renderDone(
  locale: Locale,
  done: DossierDone,
  open: (id: string) => void,
  back: () => void,
) {
  const { signed, next } = done;
  return html`<section class="done" data-done aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">
      ${
        signed
          ? spaceScreensText(locale, 'done.heading', {
              reference: signed.orderReference,
              n: signed.position,
            })
          : spaceScreensText(locale, 'done.signed')
      }
    </h3>
    ${
      next
        ? html`<p>
              ${spaceScreensText(locale, 'done.next', { reference: next.orderReference, n: next.position })}
            </p>
            <p><button type="button" class="primary" data-next @click=${() => open(next.id)}>
              ${spaceScreensText(locale, 'done.open')}
            </button></p>`
        : html`<p>${spaceScreensText(locale, 'done.none')}</p>
            <p><button type="button" class="link" @click=${back}>
              ${spaceScreensText(locale, 'dossier.back')}
            </button></p>`
    }
  </section>`;
}
