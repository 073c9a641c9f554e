/**
 * `npm run bench:size`: builds the element (`vite build`) and prints the size of
 * `dist/widget/certinomis-order.js` and of every chunk it loads (static imports, and dynamic
 * `import()` marked as lazy), minified and minified + gzip (zlib level 9), then the budgets
 * (scripts/bench/size-budgets.ts): the entry ≤ 15 KB, the purchase walk (entry + purchase
 * chunk, French) ≤ 35 KB, the client space before login ≤ 25 KB, each with its ceiling while
 * its goal is not met, and the purchase walk's floor (scripts/bench/purchase-floor.ts). Then, apart, the operators' `dist/widget/certinomis-backoffice.js` (its
 * own build, no aim), and a check that the partner's files never load it.
 *
 * `--check` (a step of `npm test`): a part over its limit (its ceiling, or its goal once met)
 * fails, naming its files and their sizes. `--no-build`: measure `dist/widget/` as built.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { purchaseFloor } from './bench/purchase-floor.ts';
import { budgets, checkBudget, kb } from './bench/size-budgets.ts';

const outDir = 'dist/widget';
const entry = join(outDir, 'certinomis-order.js');
const backofficeEntry = join(outDir, 'certinomis-backoffice.js');

if (!process.argv.includes('--no-build')) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

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

/** The files one lazy part loads (its chunk, then what it imports statically), the entry's excepted. */
function part(prefix: string): Chunk[] {
  const start = chunks.find((chunk) => relative(outDir, chunk.file).startsWith(prefix));
  if (!start) throw new Error(`no ${prefix}* chunk in ${outDir}`);
  const eagerFiles = new Set(chunks.filter((c) => !c.lazy).map((c) => c.file));
  // What it imports statically (its own `import()`s, e.g. English tables, come later or never).
  return chunksFrom(start.file).filter((chunk) => !chunk.lazy && !eagerFiles.has(chunk.file));
}

const eager = chunks.filter((chunk) => !chunk.lazy);
const parts = [
  { budget: budgets.entry, files: eager },
  { budget: budgets.purchase, files: [...eager, ...part('certinomis-purchase-')] },
  { budget: budgets.space, files: [...eager, ...part('client-space-')] },
];
console.log('');
let over = false;
for (const { budget, files } of parts) {
  const verdict = checkBudget(
    budget,
    files.map((chunk) => ({ file: relative(outDir, chunk.file), gzip: chunk.gzip })),
  );
  over ||= !verdict.ok;
  (verdict.ok ? console.log : console.error)(verdict.line);
}
// How small the purchase walk could be with this stack, whatever its screens (issue 16's goal).
// Not under `--check` (npm test): a figure to read, two more builds to make.
const floor = process.argv.includes('--check') ? null : await purchaseFloor(sum(eager, 'gzip'));
if (floor)
  console.log(
    `floor of the purchase walk, no screen nor text of its own: ${kb(floor.total)} gzip (lit, xstate, valibot, the purchase machine, its schemas and messages: ${kb(floor.libraries)} in one bundle; the entry's own code: ${kb(floor.entryOwn)})`,
  );
// `--check` (a step of npm test): a part over its limit fails, naming the files and their sizes.
if (over && process.argv.includes('--check')) process.exitCode = 1;

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
