import { lazyImport } from '../../machines/lazy-import.ts';
import { translator } from '../../machines/messages/translator.ts';
import { type DashboardKey, dashboardFr } from './dashboard-fr.ts';

export type { DashboardKey };

/** The client space's texts once logged in (dashboard-fr.ts): English fetched when used. */
export const dashboardTexts = translator<DashboardKey>({
  fr: dashboardFr,
  en: () =>
    lazyImport('widget/i18n/dashboard-en.ts', () => import('./dashboard-en.ts')).then(
      (module) => module.dashboardEn,
    ),
});

/** The text for `key` in `locale`, `{name}` placeholders filled from `params`. */
export const dashboardText = dashboardTexts.text;

/** The text cut at its placeholders, each replaced by a value (e.g. a name in bold). */
export const dashboardTextParts = dashboardTexts.parts;
