import { describe, expect, it } from 'vitest';
import { checkResponse } from './response-check.ts';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('the API suite checks every answer against the OpenAPI document', () => {
  it('names the route, the status and the field of a body that disagrees', async () => {
    await expect(
      checkResponse('GET', '/v1/me', json(200, { email: 'jb.poquelin@moliere.fr', locale: 'xx' })),
    ).rejects.toThrow(/GET \/v1\/me → 200.*\/locale/);
  });

  it('refuses an undocumented status and accepts a documented problem', async () => {
    await expect(checkResponse('GET', '/v1/me', json(418, {}))).rejects.toThrow(
      /GET \/v1\/me → 418 is not a documented response/,
    );
    const problem = { type: 'about:blank', title: 'Non', status: 401, detail: 'Non.' };
    await expect(
      checkResponse('GET', '/v1/me', json(401, problem, 'application/problem+json')),
    ).resolves.toBeUndefined();
  });

  it('requires errors[] on a 422 and matches path templates', async () => {
    const problem = { type: 'about:blank', title: 'Invalide', status: 422, detail: 'Non.' };
    await expect(
      checkResponse(
        'POST',
        '/v1/dossiers/0b0e7c1e-1111-4222-8333-444455556666/signature',
        json(422, problem, 'application/problem+json'),
      ),
    ).rejects.toThrow(/POST \/v1\/dossiers\/\{id\}\/signature → 422.*errors/);
  });
});
