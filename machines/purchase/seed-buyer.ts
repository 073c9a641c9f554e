/**
 * The original guide's buyer (« Identification client »): Jean-Baptiste POQUELIN of MOLIERE
 * COMPAGNIE. One home for the examples of the API reference, the developers' fill profiles and
 * the tests, so that a request copied from any of them is the same request.
 */
export const SEED_PERSON = {
  civility: 'MR' as 'MR' | 'MME',
  firstName: 'Jean-Baptiste',
  lastName: 'POQUELIN',
  email: 'jb.poquelin@moliere.fr',
  emailConfirmation: 'jb.poquelin@moliere.fr',
  phone: '01 02 03 04 05',
  country: 'FR',
};

/** The seed's buyer and organisation (its address in Paris), for the organisation `siret`. */
export function seedCustomer(siret: string) {
  return {
    ...SEED_PERSON,
    companyName: 'MOLIERE COMPAGNIE',
    siret,
    address: '3 rue Boileau',
    postalCode: '75010',
    city: 'PARIS',
  };
}
