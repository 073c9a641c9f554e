/**
 * `certinomis-order/react`: `<certinomis-order>` as a React component, made by `@lit/react`.
 * Properties are set as properties (`partnerKey`, `api`, `locale`, `mode`, `product`), and each
 * DOM event has a typed callback:
 *
 * ```tsx
 * import { CertinomisOrder } from 'certinomis-order/react';
 * <CertinomisOrder partnerKey="pk_live_…" onOrderPlaced={(e) => console.log(e.detail.reference)} />
 * ```
 *
 * Importing it defines the element (the package's main module). React ≥ 17 is a peer dependency.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CertinomisOrder as CertinomisOrderElement } from '../certinomis-order.ts';
import type { CertinomisEvent } from '../events.ts';

export type { CertinomisEvent, CertinomisEventDetails } from '../events.ts';

/** The React callback props and the DOM events they listen to. */
export const certinomisOrderEvents = {
  onStep: 'certinomis:step' as EventName<CertinomisEvent<'certinomis:step'>>,
  onOrderPlaced: 'certinomis:order-placed' as EventName<CertinomisEvent<'certinomis:order-placed'>>,
  onError: 'certinomis:error' as EventName<CertinomisEvent<'certinomis:error'>>,
  onStateChange: 'certinomis:state' as EventName<CertinomisEvent<'certinomis:state'>>,
  onLocaleChange: 'certinomis:locale' as EventName<CertinomisEvent<'certinomis:locale'>>,
  onDossierOpen: 'certinomis:dossier-open' as EventName<CertinomisEvent<'certinomis:dossier-open'>>,
  onDossierSubmitted: 'certinomis:dossier-submitted' as EventName<
    CertinomisEvent<'certinomis:dossier-submitted'>
  >,
};

/** `<CertinomisOrder partnerKey=… onOrderPlaced=…>`: the element, with typed event callbacks. */
export const CertinomisOrder = createComponent({
  tagName: 'certinomis-order',
  elementClass: CertinomisOrderElement,
  react: React,
  events: certinomisOrderEvents,
  displayName: 'CertinomisOrder',
});
