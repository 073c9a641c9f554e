import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDrift,
  freeze,
  readRelease,
  releasedVersions,
  releaseIntegrityProblems,
} from './releases.ts';

let root: string;
let build: string;
let releases: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'certinomis-releases-'));
  build = join(root, 'build');
  releases = join(root, 'releases');
  mkdirSync(build);
  for (const [name, text] of [
    ['certinomis-order.js', 'export const v = 1;'],
    ['client-space-abc.js', 'export const s = 1;'],
    ['certinomis-backoffice.js', 'operators only'],
  ]) {
    writeFileSync(join(build, name as string), text as string);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('releases kept side by side', () => {
  it('freezes the element (not the back office) with the SHA-384 of each file', () => {
    const { manifest, created } = freeze('1.0.0', build, releases);
    expect(created).toBe(true);
    expect(Object.keys(manifest.files)).toEqual(['certinomis-order.js', 'client-space-abc.js']);
    expect(manifest.files['certinomis-order.js']?.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(readRelease('1.0.0', releases)).toEqual(manifest);
    expect(releasedVersions(releases)).toEqual(['1.0.0']);
    expect(buildDrift('1.0.0', build, releases)).toEqual([]);
    expect(releaseIntegrityProblems(releases)).toEqual([]);
  });

  it('says when the build changed without a version bump, and refuses to refreeze it', () => {
    freeze('1.0.0', build, releases);
    writeFileSync(join(build, 'certinomis-order.js'), 'export const v = 2;');
    expect(buildDrift('1.0.0', build, releases)).toEqual([
      'certinomis-order.js: the build differs from the frozen bytes of v1.0.0',
    ]);
    expect(() => freeze('1.0.0', build, releases)).toThrow(/released and frozen.*Bump the version/);
    // The next version freezes the new bytes beside the old ones.
    expect(freeze('1.1.0', build, releases).created).toBe(true);
    expect(releasedVersions(releases)).toEqual(['1.0.0', '1.1.0']);
    expect(buildDrift('1.1.0', build, releases)).toEqual([]);
    expect(buildDrift('2.0.0', build, releases)).toEqual([
      'v2.0.0 is not released: run npm run release',
    ]);
  });

  it('says when a released file no longer matches its recorded hash', () => {
    freeze('1.0.0', build, releases);
    writeFileSync(join(releases, 'v1.0.0', 'client-space-abc.js'), 'tampered');
    writeFileSync(join(releases, 'v1.0.0', 'extra.js'), 'added');
    expect(releaseIntegrityProblems(releases)).toEqual([
      'v1.0.0/extra.js: not in its manifest',
      'v1.0.0/client-space-abc.js: its bytes no longer match the recorded hash',
    ]);
  });

  it('checks the committed releases of this repository', () => {
    expect(releaseIntegrityProblems()).toEqual([]);
    expect(releasedVersions()).toContain('0.2.0');
  });
});
