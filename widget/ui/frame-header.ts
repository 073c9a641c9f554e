import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../machines/messages/index.ts';

/** The languages offered, each named in itself. */
export const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

/**
 * The header's language picker (`part="language"`) of the client space and the back office:
 * `pick` gets the locale chosen.
 */
export function languagePicker(
  locale: Locale,
  label: string,
  pick: (locale: Locale) => void,
): TemplateResult {
  return html`<div class="lang">
    <label for="language">${label}</label>
    <select
      id="language"
      part="language"
      @change=${(event: Event) =>
        pick((event.target as HTMLSelectElement).value === 'en' ? 'en' : 'fr')}
    >
      ${LANGUAGES.map(
        (language) =>
          html`<option
            value=${language.locale}
            lang=${language.locale}
            ?selected=${language.locale === locale}
          >
            ${language.name}
          </option>`,
      )}
    </select>
  </div>`;
}

/** The logged-in account in the header: who, and "Se déconnecter" (`part="logout"`). */
export function accountBox(texts: {
  label: string;
  who: string;
  logout: string;
  busy: boolean;
  onLogout: () => void;
}): TemplateResult {
  return html`<div class="account" role="group" aria-label=${texts.label}>
    <p>${texts.who}</p>
    <button type="button" part="logout" ?disabled=${texts.busy} @click=${texts.onLogout}>
      ${texts.logout}
    </button>
  </div>`;
}
