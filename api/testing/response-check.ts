import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { openApiDocument } from '../openapi/document.ts';

/**
 * Checks each answer the API suite receives against the OpenAPI document (api/openapi/), in
 * every leg (PGlite, PostgreSQL, workerd: they all go through createTestApp's transport): an
 * undocumented status, or a JSON body that does not match its documented schema, throws an
 * error naming the route, the status and the field. Paths that name no documented route (an
 * unknown path's 404, the demo's /dev tools) and preflights are not checked.
 */
type Json = Record<string, unknown>;
interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, Json>;
}

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'openapi', components: document.components }, 'openapi');

const routes: Route[] = Object.entries(document.paths as Record<string, Json>).flatMap(
  ([template, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`),
      responses: (op as Json).responses as Record<string, Json>,
    })),
);

const validators = new Map<string, ValidateFunction>();
function validatorOf(key: string, schema: Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    // Component references point into the registered document.
    const rebased = JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'),
    );
    validate = ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate;
}

export async function checkResponse(
  method: string,
  path: string,
  response: Response,
): Promise<void> {
  const verb = method.toUpperCase();
  if (verb === 'OPTIONS' || verb === 'HEAD') return;
  // Not an answer of the API: wrangler dev's local proxy says 503 in plain text while it restarts
  // the worker (after an early 413 on a streamed body); the app's own answers carry X-Request-Id.
  if (response.status === 503 && !response.headers.has('X-Request-Id')) return;
  const pathname = new URL(path, 'http://localhost').pathname;
  const route = routes.find((r) => r.method === verb && r.pattern.test(pathname));
  if (!route) return;
  const where = `${verb} ${route.template} → ${response.status}`;
  const documented = route.responses[String(response.status)];
  if (!documented) throw new Error(`OpenAPI: ${where} is not a documented response`);
  const content = documented.content as Record<string, Json> | undefined;
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (!content) {
    if (response.status === 304 || response.status === 204) return;
    return;
  }
  const media = content[type];
  if (!media) {
    throw new Error(
      `OpenAPI: ${where} answered ${type || 'no Content-Type'}, documented ${Object.keys(content).join(', ')}`,
    );
  }
  if (!type.endsWith('json')) return;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`OpenAPI: ${where} answered a body that is not JSON`);
  }
  const validate = validatorOf(
    `${verb} ${route.template} ${response.status} ${type}`,
    media.schema as Json,
  );
  if (!validate(body)) {
    const errors = (validate.errors ?? [])
      .map(
        (e) =>
          `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`,
      )
      .join('; ');
    throw new Error(`OpenAPI: ${where}: the body does not match the document: ${errors}`);
  }
}
