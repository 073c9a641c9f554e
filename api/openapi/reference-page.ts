/**
 * The API reference as one HTML page, rendered from the OpenAPI document on the server: every
 * operation by tag with its parameters, body schema, example and responses. No script, no
 * inline style and no other origin: it works under the demo's strict CSP (`default-src 'self'`,
 * `style-src 'self'`), which /docs/api sends itself; its stylesheet is /docs/api/reference.css.
 */
type Json = Record<string, unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const code = (value: unknown) =>
  `<pre><code>${escapeHtml(JSON.stringify(value, null, 2))}</code></pre>`;

/** `{$ref: '#/components/x/Name'}` → the referenced object. */
function resolve(doc: Json, value: unknown): Json {
  const ref = (value as Json | undefined)?.$ref;
  if (typeof ref !== 'string') return (value ?? {}) as Json;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json)[key], doc) as Json;
}

function operationHtml(doc: Json, method: string, path: string, op: Json): string {
  const id = String(op.operationId);
  const security = (op.security as Json[]).map((s) => Object.keys(s)[0] ?? 'anonymous');
  const params = ((op.parameters as unknown[]) ?? []).map((p) => resolve(doc, p));
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const responses = Object.entries(op.responses as Json);
  return `<section id="${escapeHtml(id)}" class="op">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(op.summary))}</p>${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ''}
<p class="security">Security: ${security.length ? security.map((s) => `<code>${escapeHtml(s)}</code>`).join(' or ') : 'none'}</p>
${
  params.length
    ? `<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Required</th><th>Schema</th></tr>${params
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
        )
        .join('')}</table>`
    : ''
}
${
  body
    ? `<h4>Request body</h4>${Object.entries(body)
        .map(
          ([type, media]) =>
            `<p><code>${escapeHtml(type)}</code></p><details><summary>Schema</summary>${code((media as Json).schema)}</details>${
              (media as Json).example ? `<p>Example</p>${code((media as Json).example)}` : ''
            }`,
        )
        .join('')}`
    : ''
}
<h4>Responses</h4><dl>${responses
    .map(([status, response]) => {
      const r = response as Json;
      const content = Object.entries((r.content as Json | undefined) ?? {});
      return `<dt><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(r.description))}</dt><dd>${content
        .map(
          ([type, media]) =>
            `<details><summary><code>${escapeHtml(type)}</code></summary>${code(resolve(doc, (media as Json).schema))}</details>`,
        )
        .join('')}${
        r.headers
          ? `<p>Headers: ${Object.keys(r.headers as Json)
              .map((h) => `<code>${escapeHtml(h)}</code>`)
              .join(', ')}</p>`
          : ''
      }</dd>`;
    })
    .join('')}</dl>
</section>`;
}

export function referencePage(doc: Json): string {
  const info = doc.info as Json;
  const tags = doc.tags as { name: string; description: string }[];
  const byTag = new Map<string, string[]>(tags.map((t) => [t.name, []]));
  const toc = new Map<string, string[]>(tags.map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      const tag = ((op as Json).tags as string[])[0] ?? '';
      byTag.get(tag)?.push(operationHtml(doc, method, path, op as Json));
      toc
        .get(tag)
        ?.push(
          `<li><a href="#${escapeHtml(String((op as Json).operationId))}">${method.toUpperCase()} ${escapeHtml(path)}</a></li>`,
        );
    }
  }
  const schemes = Object.entries((doc.components as Json).securitySchemes as Json)
    .map(
      ([name, s]) =>
        `<li><code>${escapeHtml(name)}</code>: ${escapeHtml(String((s as Json).description))}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} — reference</title>
<link rel="stylesheet" href="/docs/api/reference.css"></head>
<body><header><h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description))}</p>
<p>The document: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1): generate a client from it with any standard generator.</p>
<h2>Authentication</h2><ul>${schemes}</ul></header>
<nav><h2>Operations</h2>${tags
    .map((t) => `<h3>${escapeHtml(t.name)}</h3><ul>${(toc.get(t.name) ?? []).join('')}</ul>`)
    .join('')}</nav>
<main>${tags
    .map(
      (t) =>
        `<section class="tag"><h2 id="tag-${escapeHtml(t.name)}">${escapeHtml(t.name)}</h2><p>${escapeHtml(t.description)}</p>${(byTag.get(t.name) ?? []).join('')}</section>`,
    )
    .join('')}</main></body></html>`;
}

/** The page's stylesheet, served from the same origin (`style-src 'self'`). */
export const referenceCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1b1b1b}
pre{background:#f4f6f8;padding:.5rem;overflow:auto;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.op{border-top:1px solid #dde;padding:.5rem 0}.method{display:inline-block;min-width:3.5rem;padding:0 .3rem;border-radius:3px;color:#fff;background:#1d4f91;font-size:13px}
.method.post{background:#2e7d32}nav ul{columns:2}td code{word-break:break-all}`;
