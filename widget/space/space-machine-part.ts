/**
 * The client space's machine part (lazy part `spaceMachine`, vite.config.ts): xstate, valibot
 * and the space machine (through the session), the forms' checks (space-flow.ts) and the
 * screens other than the login. `<certinomis-client-space>` paints its login screen without
 * it and imports it at once, in parallel; the machine then drives every screen, the login's
 * submit included (widget/space/client-space.ts). The screens once logged in come with it
 * (dashboard-screens.ts, lazy-screens.ts's `dashboard`): one file for the entry to list.
 */
import './awaiting-link-screen.ts';
import './dashboard-screens.ts';
import './deny-login-screen.ts';
import './forgot-password-screen.ts';
import './message-screen.ts';
import './register-screen.ts';
import './reset-password-screen.ts';

export { renderAccount, renderAccountScreen } from './account-screens.ts';
export { dossierDone } from './dossier-done.ts';
export { SpaceApi } from './space-api.ts';
export { SpaceSession } from './space-session.ts';
