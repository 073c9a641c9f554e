/**
 * The client space's screens once logged in, one lazy part (lazy-screens.ts): the lists of
 * dossiers and the revocation flow (the lists' Demander la révocation and the e-mail's public
 * code page share it), and Renouveler's purchase (renewal-purchase.ts), opened from the lists.
 */
import './dashboard-screen.ts';
import './dossier-list-screen.ts';
import './renewal-purchase.ts';
import './revocation-page.ts';
