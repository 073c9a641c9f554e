/** The demo's back-office operator, seeded by `npm start` in demo mode (never in production). */
export const demoOperator = {
  email: 'operateur@certinomis-demo.fr',
  password: 'Demo-Operateur-2026',
} as const;
