/**
 * The element's size budgets (issue 16), min+gzip -9, and the ceilings `npm test` enforces
 * until each budget is met. One home for these figures: `npm run bench:size` prints them,
 * `npm run bench:size -- --check` (a step of `npm test`) fails when a part is over its limit.
 *
 * A part's limit is its goal when the goal is met; while it is not, its ceiling: the size
 * measured when the ceiling was set, rounded up to the next 0.5 KB, so that nothing grows
 * unnoticed. Each reduction lowers its ceiling (and removes it once the goal is met).
 */

export const KB = 1024;

export type Part = 'entry' | 'purchase' | 'space';

export interface Budget {
  /** What is counted, as printed. */
  name: string;
  /** The budget of issue 16, in KB. */
  goalKb: number;
  /** While the goal is not met: the enforced ceiling, in KB (null: the goal is enforced). */
  ceilingKb: number | null;
}

export const budgets: Record<Part, Budget> = {
  entry: {
    name: 'entry (certinomis-order.js and its static imports)',
    goalKb: 15,
    ceilingKb: null,
  },
  purchase: {
    name: 'purchase walk (entry + purchase, French)',
    goalKb: 35,
    // 55.5 until the machines' messages came in families (the purchase carries its own, not the
    // dossier's nor the server's) and the machines' setup stopped drawing in xstate's action
    // creators; 53 from 52.50 KB measured then, 53.5 once the entry carried the hashes of the
    // language tables too (53.14 KB: until then they were imported unchecked).
    ceilingKb: 53.5,
  },
  space: {
    name: 'client space before login (entry + space, French)',
    goalKb: 25,
    // 51.5 until the revocation flow, Renouveler and the time zones landed in the space; 59 until
    // Renouveler's screen (and the element's texts it drew in) went to the lists' lazy part and
    // the dossier statuses to their own module (the dossier's schemas no longer come with them);
    // 54 until the e-mail schema left the purchase's schemas, the messages came in families and
    // the logged-in screens' texts and list styles went to the dashboard's lazy part (47 then),
    // 47.5 once the entry carried the language tables' hashes (47.24 KB); 28.5 since the login
    // screen is painted and typed in before the machine's part (xstate, valibot, the other
    // screens: widget/space/space-machine-part.ts), which loads beside it (28.12 KB); 27 since
    // the date formatter left the login's path (widget/i18n/space-dates.ts, 26.85 KB); 25.5
    // since the requests and the logged-in screens' frames came with the machine's part
    // (widget/space/account-screens.ts, 25.33 KB); met (24.14 KB) since the texts of the
    // screens in that part travel with it (widget/i18n/space-screens-fr.ts).
    ceilingKb: null,
  },
};

/** One file counted in a part: its name and min+gzip size in bytes. */
export interface SizedFile {
  file: string;
  gzip: number;
}

export interface Verdict {
  /** Within the enforced limit (the ceiling, or the goal). */
  ok: boolean;
  /** The goal itself is met. */
  goalMet: boolean;
  /** One line for the console, naming the files and their sizes when over. */
  line: string;
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

/** The ceiling in force: set and above the goal (else the goal is what is enforced). */
const ceilingOf = (budget: Budget) =>
  budget.ceilingKb !== null && budget.ceilingKb > budget.goalKb ? budget.ceilingKb : null;

/** The limit enforced for a budget, in bytes. */
export function limitOf(budget: Budget): number {
  return (ceilingOf(budget) ?? budget.goalKb) * KB;
}

/** Checks a part's files against its budget. */
export function checkBudget(budget: Budget, files: readonly SizedFile[]): Verdict {
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  const limit = limitOf(budget);
  const ok = total <= limit;
  const goalMet = total <= budget.goalKb * KB;
  const ceiling = ceilingOf(budget);
  const limitText =
    ceiling === null
      ? `budget ${budget.goalKb} KB`
      : `ceiling ${ceiling} KB (goal ${budget.goalKb} KB)`;
  const largestFirst = [...files].sort((a, b) => b.gzip - a.gzip);
  const detail = ok
    ? ''
    : ` — over by ${kb(total - limit)}: ${largestFirst
        .map((file) => `${file.file} ${kb(file.gzip)}`)
        .join(', ')}`;
  const status = ok ? 'ok  ' : 'OVER';
  return {
    ok,
    goalMet,
    line: `${status} ${budget.name}: ${kb(total)} gzip, ${limitText}${detail}`,
  };
}
