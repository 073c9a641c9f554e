/**
 * `npm run docs:element`: writes the README's element reference (attributes and properties, DOM
 * events with their `detail`, `::part()`s, CSS custom properties, slots) from the element's
 * custom-elements manifest, between the README's `element:begin` / `element:end` markers.
 *
 * `npm run docs:element -- --check`: writes nothing; exits 1 naming what differs (the unit test
 * `scripts/element/docs.test.ts` runs the same comparison in `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  analyzeElement,
  type Described,
  type ElementDeclaration,
  elementOf,
  publicFields,
} from './manifest.ts';

const README = 'README.md';
export const BEGIN =
  '<!-- element:begin (written by `npm run docs:element` from the custom-elements manifest; do not edit) -->';
export const END = '<!-- element:end -->';

/** The kinds of name the reference lists, each under its own table. */
export const KINDS = ['attribute', 'property', 'event', 'part', 'css property', 'slot'] as const;
export type Kind = (typeof KINDS)[number];

const cell = (text: string | undefined) =>
  (text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ').trim() || '—';
const code = (text: string | undefined) => (text ? `\`${text.replaceAll('|', '\\|')}\`` : '—');

/** The detail type of an event as JSDoc wrote it (`{{ reference: string }}` or `CustomEvent<…>`). */
export function detailOf(event: Described): string | undefined {
  const text = event.type?.text?.trim();
  if (!text) return undefined;
  const custom = /^CustomEvent<(.+)>$/s.exec(text);
  return custom ? custom[1]?.trim() : text;
}

function table(header: string[], rows: string[][], none: string): string[] {
  if (rows.length === 0) return [none];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** The README's element reference for `element`, markers included. */
export function elementReference(element: ElementDeclaration): string {
  const fields = publicFields(element);
  const attributes = element.attributes ?? [];
  const withoutAttribute = fields.filter((f) => !attributes.some((a) => a.fieldName === f.name));
  const described = (list: Described[] | undefined) =>
    (list ?? []).map((d) => [code(d.name), cell(d.description)]);
  const lines = [
    BEGIN,
    '',
    ...table(
      ['attribute', 'property', 'type', 'default', 'meaning'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
      'No attributes.',
    ),
    '',
    ...table(
      ['property (no attribute)', 'type', 'meaning'],
      withoutAttribute.map((f) => [
        code(f.name),
        code(f.type?.text),
        cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`),
      ]),
      'No other properties.',
    ),
    '',
    'DOM events (bubbling, composed):',
    '',
    ...table(
      ['event', 'detail', 'when'],
      (element.events ?? []).map((e) => [code(e.name), code(detailOf(e)), cell(e.description)]),
      'No events.',
    ),
    '',
    ...table(['`::part()`', 'what'], described(element.cssParts), 'No parts.'),
    '',
    ...table(
      ['CSS custom property', 'what'],
      described(element.cssProperties),
      'No CSS custom properties.',
    ),
    '',
    ...table(
      ['slot', 'what'],
      described(element.slots),
      'No slots: the element renders all its content.',
    ),
    '',
    END,
  ];
  return lines.join('\n');
}

/** `readme`'s reference block, markers included; null when the markers are missing. */
export function referenceIn(readme: string): string | null {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END, start);
  return start === -1 || end === -1 ? null : readme.slice(start, end + END.length);
}

/** `readme` with its reference replaced by `block`; throws when the markers are missing. */
export function withReference(readme: string, block: string): string {
  const current = referenceIn(readme);
  if (current === null) throw new Error(`${README} has no ${BEGIN} … ${END} block`);
  return readme.replace(current, () => block);
}

/** The names a reference block lists, by kind (the first column of each table). */
export function namesIn(block: string): Record<Kind, Set<string>> {
  const names = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Record<
    Kind,
    Set<string>
  >;
  let kind: Kind | null = null;
  const headers: Record<string, Kind> = {
    attribute: 'attribute',
    'property (no attribute)': 'property',
    event: 'event',
    '`::part()`': 'part',
    'CSS custom property': 'css property',
    slot: 'slot',
  };
  for (const line of block.split('\n')) {
    const first = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (!first) {
      kind = null;
      continue;
    }
    if (first in headers) {
      kind = headers[first] ?? null;
      continue;
    }
    const name = /^`(.+)`$/.exec(first)?.[1];
    if (kind && name) names[kind].add(name);
  }
  return names;
}

/**
 * What differs between the README's reference and the one the manifest gives: each name in one
 * and not the other, or a note that the texts differ. Empty: they are the same.
 */
export function referenceProblems(readme: string, element: ElementDeclaration): string[] {
  const expected = elementReference(element);
  const actual = referenceIn(readme);
  if (actual === null) return [`${README} has no element reference block (${BEGIN})`];
  if (actual === expected) return [];
  const want = namesIn(expected);
  const have = namesIn(actual);
  const problems: string[] = [];
  for (const kind of KINDS) {
    for (const name of want[kind]) {
      if (!have[kind].has(name))
        problems.push(`${kind} ${name}: in the manifest, not in the README`);
    }
    for (const name of have[kind]) {
      if (!want[kind].has(name))
        problems.push(`${kind} ${name}: in the README, not in the manifest`);
    }
  }
  if (problems.length === 0) problems.push('the README reference text differs from the manifest');
  return problems.map((p) => `${p} (run npm run docs:element)`);
}

function main(): number {
  const check = process.argv.includes('--check');
  const element = elementOf(analyzeElement());
  const readme = readFileSync(README, 'utf8');
  if (check) {
    const problems = referenceProblems(readme, element);
    for (const problem of problems) console.error(problem);
    if (problems.length === 0) console.log('README element reference matches the manifest');
    return problems.length === 0 ? 0 : 1;
  }
  const updated = withReference(readme, elementReference(element));
  if (updated !== readme) writeFileSync(README, updated);
  console.log(
    updated === readme
      ? 'README element reference already up to date'
      : 'README element reference written',
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
