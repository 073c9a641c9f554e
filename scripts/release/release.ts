/**
 * `npm run release [-- <version>]`: freezes the element under its version, in one command.
 * With a version, first sets it in package.json and package-lock.json. Then builds the element
 * (vite.config.ts), copies `dist/widget/` (without the back office) to `releases/v<version>/`
 * with its manifest of SHA-384 hashes, and writes the README's embedding snippet from it. A
 * version already released is never rewritten: the same bytes again change nothing, other bytes
 * are refused (bump the version).
 *
 * `npm run release -- --check` (in `npm test`, after the build): exits 1 when the build differs
 * from the frozen bytes of the current version (a change shipped without a version bump), or
 * when a released version's files no longer match their recorded hashes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeSnippet } from '../sri.ts';
import {
  buildDrift,
  freeze,
  releaseDir,
  releaseIntegrityProblems,
  VERSION_FOLDER,
} from './releases.ts';

/** Sets `version` in package.json and package-lock.json (its two copies of the root's version). */
export function setVersion(version: string): void {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  pkg.version = version;
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    version: string;
    packages: Record<string, { version?: string }>;
  };
  lock.version = version;
  if (lock.packages['']) lock.packages[''].version = version;
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
}

const currentVersion = () =>
  (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function check(): number {
  const version = currentVersion();
  const problems = [...releaseIntegrityProblems(), ...buildDrift(version)];
  for (const problem of problems) console.error(`release: ${problem}`);
  if (problems.length > 0) {
    console.error(
      'A released version never changes. To ship a changed element: npm run release -- <next version>.',
    );
    return 1;
  }
  console.log(`releases intact; the build is the frozen v${version}`);
  return 0;
}

async function release(requested: string | undefined): Promise<number> {
  if (requested !== undefined) {
    if (!VERSION_FOLDER.test(`v${requested}`)) {
      console.error(`not a version: ${requested} (e.g. 0.3.0)`);
      return 1;
    }
    setVersion(requested);
  }
  const version = currentVersion();
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  const { manifest, created } = freeze(version);
  console.log(
    `${created ? 'released' : 'already released, same bytes'}: ${releaseDir(version)}/ (${Object.keys(manifest.files).length} files)`,
  );
  return writeSnippet(version, false);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  try {
    process.exitCode = args.includes('--check') ? check() : await release(args[0]);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
