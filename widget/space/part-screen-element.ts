import type { SpaceKey } from '../i18n/space.ts';
import { type SpaceScreensKey, spaceScreensTexts } from '../i18n/space-screens.ts';
import { SpaceScreenElement } from './screen-element.ts';

/**
 * Base of the client space's screens that come with its machine part (space-machine-part.ts):
 * a space screen whose `t` also knows those screens' texts (widget/i18n/space-screens.ts),
 * which travel with them and not with the login's.
 */
export class PartScreenElement extends SpaceScreenElement {
  protected override t(key: SpaceKey | SpaceScreensKey, params?: Record<string, string | number>) {
    return spaceScreensTexts.has(key)
      ? spaceScreensTexts.text(this.view.locale, key, params)
      : super.t(key as SpaceKey, params);
  }
}
