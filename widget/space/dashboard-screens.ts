/** The client space's lists of dossiers, one lazy part (lazy-screens.ts): once logged in. */
import './dashboard-screen.ts';
import './dossier-list-screen.ts';
