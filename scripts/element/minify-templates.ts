/**
 * Minifies the element's lit templates at build time (vite.config.ts): the text of every
 * `html` and `css` tagged template in `widget/` loses what the browser ignores anyway, which
 * the JavaScript minifier cannot know (it keeps template literals as written).
 *
 * - `html`: a run of white space outside a `"…"` attribute value becomes one white-space
 *   character (a newline when the run had one, so that every line stays where it was: the
 *   source map is still right line by line). HTML collapses such runs itself; no template of
 *   the element has a `<pre>` or a `<textarea>` with content (`minifyHtml` refuses one).
 * - `css`: comments go, runs of white space outside quoted strings become one character (a
 *   newline if the run had one), none at all after `{ } ; , > ( :` or before `{ } ; , > )`,
 *   and none at the start and end of the sheet.
 *
 * Expressions (`${…}`) are never touched: the templates are found by TypeScript's parser, and
 * only the literal parts between expressions change. A tag's name must be `html` or `css`, as
 * `lit` exports them (never renamed in `widget/`).
 */
import ts from 'typescript';

/** The literal parts of one template (between its expressions), minified as HTML. */
export function minifyHtml(parts: readonly string[]): string[] {
  if (parts.some((part) => /<(pre|textarea)\b/i.test(part))) return [...parts];
  let quote = false;
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i] as string;
      if (char === '"') quote = !quote;
      if (quote || !/\s/.test(char)) {
        out += char;
        continue;
      }
      let end = i;
      while (end < part.length && /\s/.test(part[end] as string)) end++;
      out += whiteSpace(part.slice(i, end), ' ');
      i = end - 1;
    }
    return out;
  });
}

/** A run of white space as one character, or as its newlines (lines kept). */
function whiteSpace(run: string, single: string): string {
  const lines = run.split('\n').length - 1;
  return lines > 0 ? '\n'.repeat(lines) : single;
}

const cssTight = /[{};,>(:]/;
const cssTightAfter = /[{};,>)]/;

/** The literal parts of one `css` template, minified. */
export function minifyCss(parts: readonly string[]): string[] {
  let quote: string | null = null;
  return parts.map((part, index) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i] as string;
      if (quote) {
        out += char;
        if (char === quote && part[i - 1] !== '\\') quote = null;
        continue;
      }
      if (char === '"' || char === "'") {
        quote = char;
        out += char;
        continue;
      }
      if (char === '/' && part[i + 1] === '*') {
        const close = part.indexOf('*/', i + 2);
        const end = close < 0 ? part.length : close + 2;
        // The comment's newlines stay (lines kept); it counts as white space around it.
        out += '\n'.repeat(part.slice(i, end).split('\n').length - 1);
        i = end - 1;
        continue;
      }
      if (!/\s/.test(char)) {
        out += char;
        continue;
      }
      let end = i;
      while (end < part.length && /\s/.test(part[end] as string)) end++;
      const before = out.replace(/\n+$/, '').at(-1);
      const after = part[end];
      const edge =
        (index === 0 && before === undefined) ||
        (index === parts.length - 1 && after === undefined);
      const tight =
        edge ||
        (before !== undefined && cssTight.test(before)) ||
        (after !== undefined && cssTightAfter.test(after));
      out += whiteSpace(part.slice(i, end), tight ? '' : ' ');
      i = end - 1;
    }
    return out;
  });
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** The literal parts of a template literal, as source ranges (between the backticks and `${`/`}`). */
function literalRanges(template: ts.TemplateLiteral, source: ts.SourceFile): [number, number][] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [[template.getStart(source) + 1, template.end - 1]];
  }
  const ranges: [number, number][] = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const tail = ts.isTemplateTail(literal);
    ranges.push([literal.getStart(source) + 1, literal.end - (tail ? 1 : 2)]);
  }
  return ranges;
}

/** The module's code with its `html` and `css` templates minified; null when it has none. */
export function minifyTemplates(code: string, fileName: string): string | null {
  if (!code.includes('html`') && !code.includes('css`')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const replacements: Replacement[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'css')
    ) {
      const ranges = literalRanges(node.template, source);
      const parts = ranges.map(([start, end]) => code.slice(start, end));
      const minified = node.tag.text === 'html' ? minifyHtml(parts) : minifyCss(parts);
      ranges.forEach(([start, end], i) => {
        const text = minified[i] as string;
        if (text !== parts[i]) replacements.push({ start, end, text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (replacements.length === 0) return null;
  let out = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
