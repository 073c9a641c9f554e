/** The dossier machine's status, the events each actor may send, and the persisted round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { SIGNERS } from './contract/dossiers.ts';
import type { DossierStatus } from './contract.ts';
import {
  completionEvents,
  events,
  goTo,
  mandataireData,
  orderInput,
  organisationData,
  save,
  T,
} from './dossier/test-fixtures.ts';
import {
  accept,
  atSignature,
  awaitingPaper,
  inReview,
  issued,
  start,
} from './dossier/test-snapshots.ts';
import {
  acceptedEvents,
  applyDossierEvent,
  type DossierActor,
  type DossierEvent,
  type DossierEventType,
  type DossierSnapshot,
  dossierEventActors,
  dossierMachine,
  initialDossier,
  isCustomerEditable,
  type PersistedDossier,
  persistDossier,
  restoreDossier,
  stampDossierEvent,
  statusOf,
} from './dossier.machine.ts';
import { DOSSIER_EVENT_TYPES } from './schemas/dossier.ts';

describe('statusOf', () => {
  it.each<[string, () => DossierSnapshot, DossierStatus]>([
    ['editing, incomplete', () => start(), 'to_complete'],
    [
      'editing, at the signature without the ID scan',
      () =>
        accept(start(), ...completionEvents({ identity: 'online', delivery: 'mail' }).slice(0, -1)),
      'to_complete',
    ],
    ['editing, complete', () => atSignature(), 'to_sign'],
    ['awaitingPaper', () => awaitingPaper(), 'awaiting_paper'],
    ['review', () => inReview(), 'in_review'],
    [
      'review, verified, transfer unpaid',
      () => accept(inReview(), events.verified()),
      'awaiting_payment',
    ],
    [
      'review, verified, cheque unpaid',
      () => accept(inReview({ paymentMethod: 'cheque' }), events.verified()),
      'awaiting_payment',
    ],
    [
      'review, verified, mandate unpaid',
      () => accept(inReview({ paymentMethod: 'mandate' }), events.verified()),
      'in_review',
    ],
    ['review, paid, not verified', () => accept(inReview(), events.paid()), 'in_review'],
    ['issued', () => issued(), 'issued'],
    ['shipped', () => accept(issued(), events.shipped()), 'shipped'],
    [
      'atPostOffice',
      () => accept(issued({}, 'post_office'), events.atPostOffice()),
      'at_post_office',
    ],
    ['cancelled', () => accept(start(), events.cancelled()), 'cancelled'],
    ['refused', () => accept(inReview(), events.refused()), 'refused'],
  ])('%s → %s', (_, build, status) => {
    const snapshot = build();
    expect(statusOf(snapshot)).toBe(status);
    // The same from the stored form.
    expect(statusOf(persistDossier(snapshot))).toBe(status);
  });
});

describe('acceptedEvents', () => {
  const table: Array<[string, () => DossierSnapshot, Record<DossierActor, DossierEventType[]>]> = [
    [
      'a fresh dossier (transfer, unpaid)',
      () => start(),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: [],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'the signature screen, online identity, no method yet',
      () => atSignature(),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: ['identity.documentUploaded'],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'online signature, code sent',
      () => accept(atSignature(), save('signature', { method: 'online' }), events.codeSent()),
      {
        customer: ['dossier.save', 'dossier.goTo'],
        system: ['identity.documentUploaded', 'signature.codeSent', 'signature.signedOnline'],
        operator: ['payment.received', 'order.cancelled'],
      },
    ],
    [
      'handwritten signature chosen (paid)',
      () =>
        accept(
          atSignature({ identity: 'face_to_face', delivery: 'post_office' }, { paid: true }),
          save('signature', { method: 'handwritten' }),
        ),
      {
        customer: ['dossier.save', 'dossier.goTo', 'signature.choosePaper'],
        system: [],
        operator: ['order.cancelled'],
      },
    ],
    [
      'awaiting the paper dossier (face to face)',
      () => awaitingPaper(),
      {
        customer: [],
        system: [],
        operator: [
          'paper.received',
          'identity.verified',
          'identity.refused',
          'payment.received',
          'order.cancelled',
          'dossier.refused',
        ],
      },
    ],
    [
      'review, verified and paid',
      () => accept(inReview({ paid: true }), events.verified()),
      {
        customer: [],
        system: [],
        operator: ['certificate.issued', 'order.cancelled', 'dossier.refused'],
      },
    ],
    [
      'issued, by mail',
      () => issued(),
      // The holder may ask to revoke a valid certificate (system: once the e-mailed code is entered).
      { customer: [], system: ['revocation.requested'], operator: ['certificate.shipped'] },
    ],
    [
      'issued, at a post office',
      () => issued({}, 'post_office'),
      {
        customer: [],
        system: ['revocation.requested'],
        operator: ['certificate.atPostOffice'],
      },
    ],
    [
      'refused',
      () => accept(inReview(), events.refused()),
      { customer: [], system: [], operator: [] },
    ],
  ];

  it.each(table)('%s', (_, build, expected) => {
    const snapshot = build();
    for (const actor of ['customer', 'system', 'operator'] as const) {
      expect(acceptedEvents(snapshot, actor), actor).toEqual(expected[actor]);
    }
  });

  it('names an actor for every event type', () => {
    expect(Object.keys(dossierEventActors).sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });
});

// --- applyDossierEvent, persistence --------------------------------------------------------------

describe('applyDossierEvent', () => {
  it('creates, applies and persists as plain JSON', () => {
    const first = applyDossierEvent(null, orderInput(), save('organisation', organisationData));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.status).toBe('to_complete');
    expect(first.changed).toBe(true);
    expect(JSON.parse(JSON.stringify(first.persisted))).toEqual(first.persisted);
    expect(first.persisted.value).toEqual({ editing: 'mandataire' });

    const second = applyDossierEvent(first.persisted, orderInput(), goTo('mandataire'));
    expect(second).toMatchObject({ ok: true, changed: false });
    const back = applyDossierEvent(first.persisted, orderInput(), goTo('organisation'));
    expect(back).toMatchObject({ ok: true, changed: true, status: 'to_complete' });
  });

  it('reports a refusal with its issues and nothing to store', () => {
    expect(applyDossierEvent(null, orderInput(), save('delivery', {}))).toEqual({
      ok: false,
      issues: [{ field: 'step', key: 'validation.step_locked' }],
    });
    expect(
      applyDossierEvent(null, orderInput(), { type: 'nope' } as unknown as DossierEvent),
    ).toEqual({ ok: false, issues: [{ field: 'type', key: 'validation.event_not_allowed' }] });
    expect(applyDossierEvent(null, orderInput(), events.paperReceived())).toEqual({
      ok: false,
      issues: [{ field: 'type', key: 'validation.event_not_allowed' }],
    });
  });

  it('stamps the API time on every event but save and goTo', () => {
    expect(stampDossierEvent({ type: 'paper.received' }, T.paper)).toEqual({
      type: 'paper.received',
      at: T.paper,
    });
    expect(stampDossierEvent({ type: 'dossier.goTo', step: 'delivery' }, T.paper)).toEqual({
      type: 'dossier.goTo',
      step: 'delivery',
    });
  });

  it('behaves like a live actor', () => {
    const input = orderInput({ paid: true });
    const actor = createActor(dossierMachine, { input }).start();
    let persisted: PersistedDossier | null = null;
    const list: DossierEvent[] = [
      ...completionEvents({ identity: 'online', delivery: 'mail' }),
      save('signature', { method: 'online' }),
      ...events.signedByBoth(),
      events.verified(),
      events.issued(),
      events.shipped(),
    ];
    for (const event of list) {
      actor.send(event);
      const result = applyDossierEvent(persisted, input, event);
      expect(result.ok).toBe(true);
      if (result.ok) persisted = result.persisted;
      expect(persisted).toEqual(persistDossier(actor.getSnapshot()));
    }
    expect(statusOf(actor.getSnapshot())).toBe('shipped');
  });

  // Events of every kind, valid and invalid, for random walks.
  const steps = [
    'organisation',
    'mandataire',
    'beneficiaire',
    'delivery',
    'identity',
    'signature',
  ] as const;
  const at = fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })
    .map((ms) => new Date(ms).toISOString());
  const progressArbitrary: fc.Arbitrary<DossierEvent> = fc.oneof(
    fc.constantFrom<DossierEvent>(
      save('organisation', organisationData),
      save('organisation', { ...organisationData, siret: '1' }),
      save('mandataire', mandataireData),
      save('mandataire', { ...mandataireData, mobile: '0102030405' }),
      save('beneficiaire', { sameAsMandataire: true }),
      save('beneficiaire', { sameAsMandataire: false }),
      save('delivery', { recipient: 'mandataire', mode: 'mail' }),
      save('delivery', { recipient: 'beneficiaire', mode: 'post_office' }),
      save('identity', { method: 'online' }),
      save('identity', { method: 'face_to_face' }),
      save('signature', { method: 'online' }),
      save('signature', { method: 'handwritten' }),
      save('signature', { method: 'quill' }),
    ),
    fc.constantFrom(...steps).map(goTo),
    at.map((time) => events.upload('doc', time)),
    fc
      .record({ version: fc.nat({ max: 50 }), signer: fc.constantFrom(...SIGNERS) })
      .chain(({ version, signer }) => at.map((time) => events.codeSent(version, time, signer))),
    fc
      .constantFrom(...SIGNERS)
      .chain((signer) => at.map((time) => events.signedOnline(time, signer))),
    at.map(events.choosePaper),
    at.map(events.paperReceived),
    at.map(events.verified),
    at.map((time) => events.refusedIdentity('Illisible', time)),
    at.map((time) => events.paid(13_200, time)),
    at.map((time) => events.issued('2025-06-01T00:00:00Z', time)),
    fc
      .constantFrom('Chronopost', 'La Poste')
      .chain((carrier) => at.map((time) => events.shipped(carrier, time))),
    at.map(events.atPostOffice),
  );
  /** Cancelling and refusing end a walk: rarer. */
  const eventArbitrary: fc.Arbitrary<DossierEvent> = fc.oneof(
    { arbitrary: progressArbitrary, weight: 30 },
    { arbitrary: at.map((time) => events.cancelled('Annulée', time)), weight: 1 },
    { arbitrary: at.map((time) => events.refused('Refusé', time)), weight: 1 },
  );
  const inputArbitrary = fc.record({
    express: fc.boolean(),
    paid: fc.boolean(),
    paymentMethod: fc.constantFrom('mandate' as const, 'transfer' as const, 'cheque' as const),
  });

  /** The usual paths, to the end: a walk follows one of them for a while, then goes random. */
  const paths: Record<'online' | 'paper', DossierEvent[]> = {
    online: [
      ...completionEvents({ identity: 'online', delivery: 'mail' }),
      save('signature', { method: 'online' }),
      ...events.signedByBoth(),
      events.refusedIdentity(),
      events.upload(),
      events.verified(),
      events.paid(),
      events.issued(),
      events.shipped(),
    ],
    paper: [
      ...completionEvents({ identity: 'face_to_face', delivery: 'post_office' }),
      save('signature', { method: 'handwritten' }),
      events.choosePaper(),
      events.paid(),
      events.paperReceived(),
      events.verified(),
      events.issued(),
      events.atPostOffice(),
    ],
  };
  const walkArbitrary = fc.record({
    input: inputArbitrary,
    path: fc.constantFrom('online' as const, 'paper' as const),
    length: fc.nat({ max: 16 }),
    events: fc.array(eventArbitrary, { maxLength: 25 }),
  });
  type Walk = typeof walkArbitrary extends fc.Arbitrary<infer W> ? W : never;
  const eventsOf = (walk: Walk) => [...paths[walk.path].slice(0, walk.length), ...walk.events];

  it('restored from JSON after every event, behaves like the live machine (fast-check)', () => {
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const input = orderInput(walk.input);
        const list = eventsOf(walk);
        let live = initialDossier(input);
        let stored: PersistedDossier | null = null;
        for (const event of list) {
          const [next] = transition(dossierMachine, live, event);
          const accepted = live.can(event) && next.context.issues.length === 0;
          const result = applyDossierEvent(
            stored === null ? null : JSON.parse(JSON.stringify(stored)),
            input,
            event,
          );
          expect(result.ok).toBe(accepted);
          if (accepted) {
            live = next;
            if (result.ok) {
              stored = result.persisted;
              expect(result.status).toBe(statusOf(live));
            }
          } else if (!result.ok && live.can(event)) {
            expect(result.issues).toEqual(next.context.issues);
          }
          const current = stored ?? persistDossier(initialDossier(input));
          expect(current).toEqual(persistDossier(live));
          expect(statusOf(restoreDossier(current))).toBe(statusOf(live));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the event types a valid payload gets accepted for (fast-check)', () => {
    /**
     * Valid payloads of each operator and system type (each signer's code and signature), and
     * of the buyer's signing choice: a type is listed when one of them is accepted.
     */
    const valid: Partial<Record<DossierEventType, DossierEvent | DossierEvent[]>> = {
      'identity.documentUploaded': events.upload(),
      'signature.codeSent': SIGNERS.map((signer) => events.codeSent(7, T.code, signer)),
      'signature.signedOnline': SIGNERS.map((signer) => events.signedOnline(T.signed, signer)),
      'signature.choosePaper': events.choosePaper(),
      'paper.received': events.paperReceived(),
      'identity.verified': events.verified(),
      'identity.refused': events.refusedIdentity(),
      'payment.received': events.paid(),
      'certificate.issued': events.issued(),
      'certificate.shipped': events.shipped(),
      'certificate.atPostOffice': events.atPostOffice(),
      'order.cancelled': events.cancelled(),
      'dossier.refused': events.refused(),
    };
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const input = orderInput({ ...walk.input, express: false });
        let snapshot = initialDossier(input);
        const list = eventsOf(walk);
        for (const event of list) {
          const result = applyDossierEvent(persistDossier(snapshot), input, event);
          if (result.ok) snapshot = result.snapshot;
          const listed = new Set(
            (['customer', 'operator', 'system'] as const).flatMap((actor) =>
              acceptedEvents(snapshot, actor),
            ),
          );
          for (const [type, probes] of Object.entries(valid)) {
            const ok = [probes]
              .flat()
              .some((probe) => applyDossierEvent(persistDossier(snapshot), input, probe).ok);
            expect(
              listed.has(type as DossierEventType),
              `${type} in ${JSON.stringify(snapshot.value)}`,
            ).toBe(ok);
          }
          expect(listed.has('dossier.save')).toBe(isCustomerEditable(snapshot));
          expect(listed.has('dossier.goTo')).toBe(isCustomerEditable(snapshot));
        }
      }),
      { numRuns: 200 },
    );
  });
});
