/** The demo's back-office operator, seeded by `npm start` in demo mode (never in production). */
export const demoOperator = {
  email: 'operateur@certinomis-demo.fr',
  password: 'Demo-Operateur-2026',
} as const;

/**
 * A second operator, seeded only for the component tests: the back office's two test files run
 * side by side, and each needs its own operator so that one's login never takes the other's link.
 */
export const secondTestOperator = {
  email: 'operateur-tests@certinomis-demo.fr',
  password: 'Tests-Operateur-2026',
} as const;

/**
 * The revocation component tests' operators (seeded only for the component tests): the space's
 * test issues its certificates, the back office's decides revocations, each beside the others.
 */
export const revocationTestOperators = {
  space: { email: 'operateur-revocation@certinomis-demo.fr', password: 'Tests-Revocation-2026' },
  backoffice: {
    email: 'operateur-revocation-bo@certinomis-demo.fr',
    password: 'Tests-Revocation-BO-2026',
  },
} as const;

/** The back office's order cancellation component test's operator (component tests only). */
export const cancellationTestOperator = {
  email: 'operateur-annulation@certinomis-demo.fr',
  password: 'Tests-Annulation-2026',
} as const;
