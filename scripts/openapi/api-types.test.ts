import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesPath, generateApiTypes } from './api-types.ts';

describe('certinomis-order/api-types', () => {
  it('is what openapi-typescript makes of the current document (npm run openapi:types)', async () => {
    expect(await readFile(apiTypesPath, 'utf8')).toBe(await generateApiTypes());
  });
});
