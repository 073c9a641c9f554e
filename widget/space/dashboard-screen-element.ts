import { type DashboardKey, dashboardTexts } from '../i18n/dashboard.ts';
import type { SpaceKey } from '../i18n/space.ts';
import { listStyles } from './lists.styles.ts';
import { SpaceScreenElement } from './screen-element.ts';

/**
 * Base of the client space's screens once logged in (dashboard-screens.ts, in the space's machine part): a
 * space screen whose `t` also knows the texts of those screens (widget/i18n/dashboard.ts),
 * and their styles (lists.styles.ts), which travel with them and not with the login's.
 */
export class DashboardScreenElement extends SpaceScreenElement {
  static override styles = [...SpaceScreenElement.styles, listStyles];

  protected override t(key: SpaceKey | DashboardKey, params?: Record<string, string | number>) {
    return dashboardTexts.has(key)
      ? dashboardTexts.text(this.view.locale, key, params)
      : super.t(key as SpaceKey, params);
  }
}
