/**
 * The README's Layout section is the map a newcomer reads first: every folder of every area is
 * on it, and nothing on it is gone from the tree. Also the size rule of issue 15: no source file
 * over 450 lines, migrations, the Kysely `Database` interface and translation tables excepted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const areas = ['machines', 'api', 'widget', 'demo', 'scripts'];
const skipped = new Set(['node_modules', 'dist', '.wrangler', '.tsbuild']);

function layoutBlock(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Layout\n')[1]?.split('\n## ')[0] ?? '';
  return section.split('```')[1] ?? '';
}

/** The folders one level below each area (`api/routes`), as the Layout block names them. */
function folders(): string[] {
  return areas.flatMap((area) =>
    readdirSync(join(root, area), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
      .map((entry) => `${area}/${entry.name}`),
  );
}

/** Which area a Layout line belongs to: the last top-level line (`api/        …`) above it. */
function listed(block: string): Set<string> {
  const names = new Set<string>();
  let area = '';
  for (const line of block.split('\n')) {
    const top = /^([a-z]+)\/\s/.exec(line);
    if (top?.[1]) {
      area = top[1];
      names.add(area);
      continue;
    }
    const sub = /^ {2}([a-z0-9.+ -]+?)\/\s/.exec(line);
    if (sub?.[1] && area) {
      for (const part of sub[1].split(/\s*\+\s*/))
        names.add(`${area}/${part.replace(/\.ts$/, '')}`);
    }
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && statSync(join(root, path)).isFile() ? [path] : [];
  });
}

/** Files the size rule leaves out: migrations, the Database interface, translation tables. */
const exempt = (path: string) =>
  path.includes('/migrations/') ||
  path === 'api/db/database.ts' ||
  /\/(i18n|messages)\/[a-z-]*(fr|en)\.ts$/.test(path) ||
  path.endsWith('.d.ts');

describe('the README Layout section', () => {
  it('lists every folder of every area', () => {
    const names = listed(layoutBlock());
    const missing = folders().filter((folder) => !names.has(folder));
    expect(missing, 'folders missing from README ## Layout').toEqual([]);
  });

  it('lists no folder that is gone', () => {
    const present = new Set([...areas, ...folders()]);
    const gone = [...listed(layoutBlock())].filter(
      (name) => areas.includes(name.split('/')[0] ?? '') && !present.has(name),
    );
    expect(gone, 'README ## Layout names folders the tree no longer has').toEqual([]);
  });
});

describe('small rooms', () => {
  it('keeps every source file at 450 lines or fewer', () => {
    const long = [...areas, 'examples']
      .flatMap(sourceFiles)
      .filter((path) => !exempt(path))
      .map((path) => ({ path, lines: readFileSync(join(root, path), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 451)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
