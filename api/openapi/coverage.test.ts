import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openApiDocument, openApiPath, operations } from './document.ts';

/** Routes that are not API: the demo's tools (mounted in demo mode only) and the reference page. */
const undocumented = [/^\/dev\//, /^\/docs\/api/];

/** Every endpoint the Hono app registers (middleware entries are `ALL`). */
function servedRoutes(): string[] {
  const app = createApp({ db: {} as never, companyRegistry: {} as never, demo: true });
  const served = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    if (undocumented.some((pattern) => pattern.test(route.path))) continue;
    served.add(`${route.method.toUpperCase()} ${route.path}`);
  }
  return [...served].sort();
}

describe('the OpenAPI document covers the routes the app serves', () => {
  it('documents every served route and serves every documented one', () => {
    const served = servedRoutes();
    const documented = Object.entries(openApiDocument().paths as Record<string, object>)
      .flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const servedAsOpenApi = served.map((route) => openApiPath(route));
    expect(
      servedAsOpenApi.filter((route) => !documented.includes(route)),
      'served, not documented',
    ).toEqual([]);
    expect(
      documented.filter((route) => !servedAsOpenApi.includes(route)),
      'documented, not served',
    ).toEqual([]);
    expect(served.length).toBeGreaterThan(35);
  });

  it('is OpenAPI 3.1 with the partner, account, dossier, partner API and back-office surfaces', () => {
    const document = openApiDocument() as {
      openapi: string;
      paths: Record<string, Record<string, { tags: string[]; responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, { name?: string; scheme?: string }> };
    };
    expect(document.openapi).toBe('3.1.0');
    const tagOf = (path: string, method: string) => document.paths[path]?.[method]?.tags[0];
    expect(tagOf('/v1/orders', 'post')).toBe('partner');
    expect(tagOf('/v1/auth/login', 'post')).toBe('account');
    expect(tagOf('/v1/dossiers/{id}', 'get')).toBe('dossier');
    expect(tagOf('/v1/partner/webhooks/deliveries', 'get')).toBe('partner-api');
    expect(tagOf('/v1/admin/dossiers', 'get')).toBe('back-office');
    expect(document.components.securitySchemes.partnerKey?.name).toBe('X-Partner-Key');
    expect(document.components.securitySchemes.secretKey?.scheme).toBe('bearer');
    // Every operation with a body documents its 422 with errors[].
    for (const op of operations.filter((o) => o.body)) {
      const responses = document.paths[openApiPath(op.path)]?.[op.method]?.responses ?? {};
      expect(JSON.stringify(responses['422']), op.operationId).toContain('ValidationProblem');
    }
  });

  it('takes its request schemas from the valibot schemas the routes validate with', () => {
    const order = (openApiDocument().paths as Record<string, Record<string, unknown>>)['/v1/orders']
      ?.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
      parameters: unknown[];
    };
    expect(order.requestBody.content['application/json']?.schema.required).toEqual(
      expect.arrayContaining(['product', 'quantity', 'customer', 'payment', 'cgvVersion']),
    );
    expect(JSON.stringify(order.parameters)).toContain('Idempotency-Key');
  });
});
