/** lit alone, as the element imports it: what the entry's size owes to lit (`npm run bench:size`). */
import { css, html, LitElement, nothing, render } from 'lit';

export const kept = [css, html, LitElement, nothing, render];
