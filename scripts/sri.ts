/**
 * `npm run sri`: builds the element, computes the Subresource Integrity hash (SHA-384) of
 * `dist/widget/certinomis-order.js` and writes the README's embedding snippet with it, the
 * versioned URL (`/widget/v<package version>/certinomis-order.js`, served immutable by the API)
 * and `crossorigin="anonymous"`.
 *
 * `npm run sri -- --check`: builds nothing; exits 1 when the README's snippet does not match
 * the current build (run it after `npm run build`). The build is deterministic, so the hash
 * changes only when the element's sources, the lockfile or the version do.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ENTRY = 'dist/widget/certinomis-order.js';
const README = 'README.md';
const BEGIN = '<!-- sri:begin (written by `npm run sri`; `npm run sri -- --check` checks it) -->';
const END = '<!-- sri:end -->';

/** `sha384-<base64>` of `bytes`, as the `integrity` attribute wants it. */
export function integrityOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The README's snippet, between its markers. */
export function embedSnippet(version: string, integrity: string): string {
  return [
    BEGIN,
    '```html',
    `<script type="module" src="https://YOUR-API-HOST/widget/v${version}/certinomis-order.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    '<certinomis-order partner-key="pk_live_…"></certinomis-order>',
    '```',
    END,
  ].join('\n');
}

/** `readme` with its snippet replaced by `snippet`; throws when the markers are missing. */
export function withSnippet(readme: string, snippet: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END, start);
  if (start === -1 || end === -1) {
    throw new Error(`${README} has no ${BEGIN} … ${END} block (in its Embedding section)`);
  }
  return readme.slice(0, start) + snippet + readme.slice(end + END.length);
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  if (!check) {
    const { build } = await import('vite');
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  }
  if (!existsSync(ENTRY)) {
    console.error(`${ENTRY} is missing: run npm run build first.`);
    return 1;
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const integrity = integrityOf(readFileSync(ENTRY));
  const readme = readFileSync(README, 'utf8');
  const updated = withSnippet(readme, embedSnippet(version, integrity));
  if (check) {
    if (updated === readme) {
      console.log(`README embedding snippet matches the build: v${version}, ${integrity}`);
      return 0;
    }
    console.error(
      `README embedding snippet is stale: the build of v${version} is ${integrity}. Run npm run sri.`,
    );
    return 1;
  }
  if (updated !== readme) writeFileSync(README, updated);
  console.log(
    `${updated === readme ? 'README already up to date' : 'README updated'}: /widget/v${version}/certinomis-order.js ${integrity}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
