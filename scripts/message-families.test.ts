/**
 * The machines' messages come in families (machines/messages/messages.ts), each in the bundles
 * of the modules that import it: a module that writes a key of a family must import it, or a
 * part of the element could show the bare key (the component tests load every family at once,
 * and would not see it). Read from the sources, like spelling.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFr } from '../machines/messages/account-fr.ts';
import { dossierFr } from '../machines/messages/dossier-fr.ts';
import { fieldsFr } from '../machines/messages/fields-fr.ts';
import { purchaseFr } from '../machines/messages/purchase-fr.ts';
import { serverFr } from '../machines/messages/server-fr.ts';

/** Each family's French table, by the name of the module that registers it (fields: messages.ts). */
const families: Record<string, Record<string, string>> = {
  fields: fieldsFr,
  account: accountFr,
  purchase: purchaseFr,
  dossier: dossierFr,
  server: serverFr,
};

const familyOf = new Map(
  Object.entries(families).flatMap(([family, table]) =>
    Object.keys(table).map((key) => [key, family]),
  ),
);

const root = join(import.meta.dirname, '..');

/** The sources of the machines and the element (not their tests, nor the tables themselves). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('machines', 'messages') ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|^test-/.test(entry.name) ? [path] : [];
  });
}

/** Whether `code` imports (values, not only types) one of the modules `name` matches. */
const imports = (code: string, name: string) =>
  new RegExp(`^import (?!type )[^;]*['/]messages/(${name})\\.ts';`, 'm').test(code);

/** The families whose keys a source writes: as literals, or as a template's prefix (`status.${…}`). */
function familiesWritten(code: string): Set<string> {
  const keys = [...code.matchAll(/['"`]([a-z_]+\.[\w.]+)['"`]/g)].map((match) => match[1] ?? '');
  const prefixes = [...code.matchAll(/`([a-z_]+\.(?:[\w.]*\.)?)\$\{/g)].map(
    (match) => match[1] ?? '',
  );
  const written = [
    ...keys,
    ...prefixes.flatMap((prefix) => [...familyOf.keys()].filter((key) => key.startsWith(prefix))),
  ];
  return new Set(written.flatMap((key) => familyOf.get(key) ?? []));
}

describe('the families of the machines’ messages', () => {
  it('are imported by every module that writes one of their keys', () => {
    const missing = [...sources('machines'), ...sources('widget')].flatMap((file) => {
      const code = readFileSync(join(root, file), 'utf8');
      // index.ts registers every family (the API's, the back office's).
      if (imports(code, 'index')) return [];
      return [...familiesWritten(code)]
        .filter((family) => family !== 'fields')
        .filter((family) => !imports(code, family))
        .map((family) => `${relative(root, join(root, file))} writes ${family} keys`);
    });
    expect(missing).toEqual([]);
  });

  it('leave the server’s keys out of the element', () => {
    const element = sources('widget').filter(
      // The back office's bundle and the tests' every-language file are not the partner's.
      (file) => !/^widget[\\/](backoffice[\\/]|portal[\\/]|i18n[\\/]all-languages\.ts$)/.test(file),
    );
    const importers = element.filter((file) =>
      imports(readFileSync(join(root, file), 'utf8'), 'server|index'),
    );
    expect(importers).toEqual([]);
  });
});
