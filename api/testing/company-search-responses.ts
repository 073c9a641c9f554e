/** Canned answers of the public company-search API (recherche-entreprises), shaped like the real ones, for the adapter's tests. */

export const MAIRIE_SIREN = '217500016';
export const MAIRIE_SIEGE = '21750001600019';
export const MAIRIE_ANNEXE = '21750001600464';

export function establishment(siret: string, overrides: Record<string, unknown> = {}) {
  return {
    activite_principale: '84.11Z',
    adresse: 'PLACE DE L HOTEL DE VILLE 75004 PARIS',
    code_postal: '75004',
    commune: '75104',
    date_creation: '1983-03-01',
    est_siege: false,
    etat_administratif: 'A',
    libelle_commune: 'PARIS',
    liste_enseignes: null,
    siret,
    tranche_effectif_salarie: '53',
    ...overrides,
  };
}

export function commune(overrides: Record<string, unknown> = {}) {
  return {
    siren: MAIRIE_SIREN,
    nom_complet: 'VILLE DE PARIS',
    nom_raison_sociale: 'VILLE DE PARIS',
    sigle: null,
    nombre_etablissements: 463,
    nombre_etablissements_ouverts: 301,
    siege: establishment(MAIRIE_SIEGE, { est_siege: true }),
    activite_principale: '84.11Z',
    categorie_entreprise: 'GE',
    date_creation: '1983-03-01',
    dirigeants: [],
    etat_administratif: 'A',
    nature_juridique: '7210',
    section_activite_principale: 'O',
    statut_diffusion: 'O',
    matching_etablissements: [] as unknown[],
    finances: null,
    complements: {
      collectivite_territoriale: { code: '75056', code_insee: '75056', niveau: 'commune' },
      est_administration: true,
      est_service_public: null,
      est_entrepreneur_individuel: false,
    },
    ...overrides,
  };
}

export function searchResponse(results: unknown[]) {
  return {
    results,
    total_results: results.length,
    page: 1,
    per_page: 1,
    total_pages: results.length === 0 ? 0 : 1,
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
