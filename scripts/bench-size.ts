/**
 * `npm run bench:size`: builds the element (`vite build`) and prints the size of
 * `dist/widget/certinomis-order.js` and of every chunk it loads (static imports, and dynamic
 * `import()` marked as lazy), minified and minified + gzip (zlib level 9), against the aim
 * of 35 KB gzip for the whole purchase (everything loaded up front). Then, apart, the
 * operators' `dist/widget/certinomis-backoffice.js` (its own build, no aim), and a check that
 * the partner's files never load it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const AIM_GZIP = 35 * 1024;
const outDir = 'dist/widget';
const entry = join(outDir, 'certinomis-order.js');
const backofficeEntry = join(outDir, 'certinomis-backoffice.js');

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

interface Chunk {
  file: string;
  lazy: boolean;
  min: number;
  gzip: number;
}

/** The entry, then every chunk reachable from it; lazy once reached through an `import()`. */
function chunksFrom(start: string): Chunk[] {
  const found = new Map<string, Chunk>();
  const visit = (file: string, lazy: boolean) => {
    const known = found.get(file);
    if (known && (known.lazy === lazy || !known.lazy)) return;
    const code = readFileSync(file);
    found.set(file, { file, lazy, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    const specifiers = [
      ...[
        ...text.matchAll(
          /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
        ),
      ].map((match) => [match[1], false] as const),
      ...[...text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map(
        (match) => [match[1], true] as const,
      ),
    ];
    for (const [specifier, dynamic] of specifiers) {
      if (specifier) visit(join(dirname(file), specifier), lazy || dynamic);
    }
  };
  visit(start, false);
  return [...found.values()];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const sum = (list: Chunk[], key: 'min' | 'gzip') => list.reduce((total, c) => total + c[key], 0);

/** The rows of one entry's table: its files, the total loaded up front, with lazy chunks. */
function report(chunks: Chunk[]): string[][] {
  const rows = chunks.map((chunk) => [
    relative(outDir, chunk.file) + (chunk.lazy ? ' (lazy)' : ''),
    kb(chunk.min),
    kb(chunk.gzip),
  ]);
  const eager = chunks.filter((chunk) => !chunk.lazy);
  rows.push(['total loaded up front', kb(sum(eager, 'min')), kb(sum(eager, 'gzip'))]);
  if (eager.length !== chunks.length) {
    rows.push(['total with lazy chunks', kb(sum(chunks, 'min')), kb(sum(chunks, 'gzip'))]);
  }
  return rows;
}

function print(rows: string[][]) {
  const header = ['file', 'min', 'min+gzip -9'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

const chunks = chunksFrom(entry);
print(report(chunks));
const eager = chunks.filter((chunk) => !chunk.lazy);
const total = sum(eager, 'gzip');
console.log(
  `aim: whole purchase < ${kb(AIM_GZIP)} gzip — ${
    total <= AIM_GZIP ? 'met' : `over by ${kb(total - AIM_GZIP)}`
  }`,
);

console.log('');
console.log('operators’ back office (its own entry, not part of the partner bundle):');
const backoffice = chunksFrom(backofficeEntry);
print(report(backoffice));
const shared = backoffice.filter((chunk) => chunks.some((other) => other.file === chunk.file));
if (shared.length > 0) {
  console.error(
    `the back office shares files with the partner bundle: ${shared.map((c) => c.file).join(', ')}`,
  );
  process.exitCode = 1;
}
