import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../api/openapi/document.ts';

/** Where the generated types live (package.json `exports["./api-types"]`). */
export const apiTypesPath = 'api-types/index.d.ts';

const header = `/**
 * TypeScript types of the CERTINOMIS order API, generated from GET /v1/openapi.json by
 * openapi-typescript (\`npm run openapi:types\`). Do not edit: a test fails when it differs.
 */
`;

/** The types as openapi-typescript writes them from the current document. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as never);
  return header + astToString(ast);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(apiTypesPath, await generateApiTypes());
  console.log(`wrote ${apiTypesPath}`);
}
