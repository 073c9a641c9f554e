/** Pure domain rules (no DOM, no I/O, no node:*): imported by the element, the API and the Worker. */
export * from './bank.ts';
export * from './email.ts';
export * from './phone.ts';
export * from './postal-code.ts';
export * from './public-url.ts';
export * from './reference.ts';
export * from './siret.ts';
export * from './time-zone.ts';
export * from './vat.ts';
