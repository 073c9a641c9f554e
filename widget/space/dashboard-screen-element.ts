import { type DashboardKey, dashboardTexts } from '../i18n/dashboard.ts';
import type { SpaceKey } from '../i18n/space.ts';
import type { SpaceScreensKey } from '../i18n/space-screens.ts';
import { listStyles } from './lists.styles.ts';
import { PartScreenElement } from './part-screen-element.ts';

/**
 * Base of the client space's screens once logged in (dashboard-screens.ts, in the space's machine part): a
 * space screen whose `t` also knows the texts of those screens (widget/i18n/dashboard.ts),
 * and their styles (lists.styles.ts), which travel with them and not with the login's.
 */
export class DashboardScreenElement extends PartScreenElement {
  static override styles = [...PartScreenElement.styles, listStyles];

  protected override t(
    key: SpaceKey | SpaceScreensKey | DashboardKey,
    params?: Record<string, string | number>,
  ) {
    return dashboardTexts.has(key)
      ? dashboardTexts.text(this.view.locale, key, params)
      : super.t(key as SpaceKey | SpaceScreensKey, params);
  }
}
