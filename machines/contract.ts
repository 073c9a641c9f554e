/**
 * The contract of the public HTTP API (`/v1`): every request and response shape and every
 * closed list both sides use, one file per resource under `contract/`. The element speaks to
 * the API with these types only; the API's route handlers check the bodies they return against
 * them (`satisfies`), so a renamed or added field breaks the build, not a screen. Wire names are
 * these names, never database column names. Amounts are integer cents (EUR); rates are
 * percents as numbers (20 = 20 %).
 */
export * from './contract/admin.ts';
export * from './contract/auth.ts';
export * from './contract/catalog.ts';
export * from './contract/dossiers.ts';
export * from './contract/lists.ts';
export * from './contract/orders.ts';
export * from './contract/partner.ts';
export * from './contract/partner-portal.ts';
export * from './contract/problem.ts';
