/**
 * Releases of the element kept side by side: `releases/v<version>/` holds the bytes of the
 * built element (`dist/widget/` without the operators' back office) frozen at that version, and
 * `releases/v<version>/manifest.json` the Subresource Integrity hash (SHA-384) and size of each
 * file. Committed in git; the server serves every one of them at `/widget/v<version>/`, for ever.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RELEASES_DIR = 'releases';
export const BUILD_DIR = 'dist/widget';
export const ENTRY = 'certinomis-order.js';
export const MANIFEST = 'manifest.json';
/** A released version's folder name: `v` and a semantic version. */
export const VERSION_FOLDER = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export interface ReleaseManifest {
  version: string;
  entry: string;
  files: Record<string, { integrity: string; bytes: number }>;
}

/** `sha384-<base64>` of `bytes`, as the `integrity` attribute wants it. */
export function integrityOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The files of the build a release freezes: the partner's element, not the back office. */
export function buildFiles(buildDir = BUILD_DIR): string[] {
  return readdirSync(buildDir)
    .filter((name) => !name.startsWith('certinomis-backoffice.'))
    .sort();
}

/** The manifest of the files `names` in `dir`. */
export function manifestOf(version: string, dir: string, names: string[]): ReleaseManifest {
  const files: ReleaseManifest['files'] = {};
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    files[name] = { integrity: integrityOf(bytes), bytes: bytes.length };
  }
  return { version, entry: ENTRY, files };
}

export const releaseDir = (version: string, releases = RELEASES_DIR) =>
  join(releases, `v${version}`);

/** The recorded manifest of `version`; null when it is not released. */
export function readRelease(version: string, releases = RELEASES_DIR): ReleaseManifest | null {
  const path = join(releaseDir(version, releases), MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReleaseManifest) : null;
}

/** Every released version, oldest first by folder name order of semantic versions. */
export function releasedVersions(releases = RELEASES_DIR): string[] {
  if (!existsSync(releases)) return [];
  return readdirSync(releases)
    .filter((name) => VERSION_FOLDER.test(name) && existsSync(join(releases, name, MANIFEST)))
    .map((name) => name.slice(1))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * What differs between the build and the frozen release of `version` (empty: same files, same
 * bytes). A difference means the element changed without a version bump.
 */
export function buildDrift(
  version: string,
  buildDir = BUILD_DIR,
  releases = RELEASES_DIR,
): string[] {
  const recorded = readRelease(version, releases);
  if (!recorded) return [`v${version} is not released: run npm run release`];
  const built = manifestOf(version, buildDir, buildFiles(buildDir));
  const problems: string[] = [];
  for (const [name, file] of Object.entries(built.files)) {
    const frozen = recorded.files[name];
    if (!frozen) problems.push(`${name}: built, not in the release of v${version}`);
    else if (frozen.integrity !== file.integrity) {
      problems.push(`${name}: the build differs from the frozen bytes of v${version}`);
    }
  }
  for (const name of Object.keys(recorded.files)) {
    if (!built.files[name]) problems.push(`${name}: in the release of v${version}, not built`);
  }
  return problems;
}

/** Every released version whose files no longer match their recorded hashes (or files added). */
export function releaseIntegrityProblems(releases = RELEASES_DIR): string[] {
  const problems: string[] = [];
  for (const version of releasedVersions(releases)) {
    const dir = releaseDir(version, releases);
    const recorded = readRelease(version, releases) as ReleaseManifest;
    if (recorded.version !== version) {
      problems.push(`v${version}/${MANIFEST} names version ${recorded.version}`);
    }
    const present = readdirSync(dir).filter((name) => name !== MANIFEST);
    for (const name of present) {
      if (!recorded.files[name]) problems.push(`v${version}/${name}: not in its manifest`);
    }
    for (const [name, file] of Object.entries(recorded.files)) {
      const path = join(dir, name);
      if (!existsSync(path)) problems.push(`v${version}/${name}: missing`);
      else if (integrityOf(readFileSync(path)) !== file.integrity) {
        problems.push(`v${version}/${name}: its bytes no longer match the recorded hash`);
      }
    }
  }
  return problems;
}

/**
 * Freezes the build as `version`. Already released with the same bytes: nothing to do. Released
 * with other bytes: refused (a released version never changes; bump the version).
 */
export function freeze(
  version: string,
  buildDir = BUILD_DIR,
  releases = RELEASES_DIR,
): { manifest: ReleaseManifest; created: boolean } {
  if (readRelease(version, releases)) {
    const drift = buildDrift(version, buildDir, releases);
    if (drift.length > 0) {
      throw new Error(
        `v${version} is released and frozen; the build differs (${drift.join('; ')}). Bump the version: npm run release -- <new version>`,
      );
    }
    return { manifest: readRelease(version, releases) as ReleaseManifest, created: false };
  }
  const dir = releaseDir(version, releases);
  const names = buildFiles(buildDir);
  mkdirSync(dir, { recursive: true });
  for (const name of names) cpSync(join(buildDir, name), join(dir, name));
  const manifest = manifestOf(version, dir, names);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, created: true };
}
