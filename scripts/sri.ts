/**
 * `npm run sri`: writes the README's embedding snippet from the release manifest of the package's
 * version (`releases/v<version>/manifest.json`, written by `npm run release`): the versioned URL
 * (`/widget/v<version>/certinomis-order.js`, served immutable by the API), the Subresource
 * Integrity hash (SHA-384) recorded for it, and `crossorigin="anonymous"`.
 *
 * `npm run sri -- --check`: exits 1 when the README's snippet does not match that manifest.
 * (`npm run release -- --check` checks that the build is the frozen release.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readRelease } from './release/releases.ts';

const README = 'README.md';
const BEGIN = '<!-- sri:begin (written by `npm run sri`; `npm run sri -- --check` checks it) -->';
const END = '<!-- sri:end -->';

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

/** Writes (or, `check`, checks) the README's snippet for the release of `version`. */
export function writeSnippet(version: string, check: boolean): number {
  const release = readRelease(version);
  const integrity = release?.files[release.entry]?.integrity;
  if (!integrity) {
    console.error(`v${version} is not released (releases/v${version}/): run npm run release.`);
    return 1;
  }
  const readme = readFileSync(README, 'utf8');
  const updated = withSnippet(readme, embedSnippet(version, integrity));
  if (check) {
    if (updated === readme) {
      console.log(`README embedding snippet matches the release: v${version}, ${integrity}`);
      return 0;
    }
    console.error(
      `README embedding snippet is stale: the release of v${version} is ${integrity}. Run npm run sri.`,
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
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  process.exitCode = writeSnippet(version, process.argv.includes('--check'));
}
