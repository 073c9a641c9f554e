/**
 * The layering rules are enforced by the tools, not only stated in the README: biome.json
 * refuses the forbidden relative imports with a message saying why, and each TypeScript
 * project (tsconfig.json's references) sees only the globals of where its code runs.
 *
 * Each case writes one probe file into a throwaway copy of the configuration (never into the
 * tree, so a lint or type-check running beside this test is not disturbed), runs the real
 * tool on it and expects a failure naming the rule; a probe the rules allow passes, so the
 * test would notice a configuration that refuses everything.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let sandbox = '';

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'import-rules-'));
  const biome = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  biome.vcs = { enabled: false };
  writeFileSync(join(sandbox, 'biome.json'), JSON.stringify(biome));
  for (const config of [
    'tsconfig.base.json',
    'machines/tsconfig.json',
    'api/tsconfig.json',
    'widget/tsconfig.json',
  ]) {
    mkdirSync(dirname(join(sandbox, config)), { recursive: true });
    cpSync(join(root, config), join(sandbox, config));
  }
  symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
});

afterAll(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

type Outcome = { code: number; output: string };

function run(command: string, args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    execFile(command, args, { cwd: sandbox, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** Writes `source` at `path` in the sandbox, runs `check` on it, removes it again. */
async function probe(path: string, source: string, check: () => Promise<Outcome>) {
  const file = join(sandbox, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    return await check();
  } finally {
    rmSync(file);
  }
}

const lint = (path: string, source: string) =>
  probe(path, source, () => run(bin('biome'), ['lint', '--max-diagnostics=50', path]));

const typecheck = (path: string, source: string, project: string) =>
  probe(path, source, () => run(bin('tsc'), ['-p', project, '--noEmit', '--incremental', 'false']));

describe('biome refuses imports against the layering, saying why', () => {
  const machines = 'machines/ is the shared contract';
  const widget = 'widget/ runs in the page and speaks to the API over HTTP only';
  const api = 'api/ never imports widget/';
  const core = 'The API core runs on Node and on Workers';

  it.each([
    ['machines/probe.ts', "import { createApp } from '../api/app.ts';", machines],
    ['machines/rules/probe.ts', "import { x } from '../../api/db/database.ts';", machines],
    ['machines/probe.ts', "import { x } from '../widget/certinomis-order.ts';", machines],
    ['machines/probe.ts', "import { x } from '../demo/demo-operator.ts';", machines],
    ['machines/schemas/probe.ts', "import { x } from '../../scripts/test.ts';", machines],
    ['widget/probe.ts', "import { x } from '../api/app.ts';", widget],
    ['widget/purchase/probe.ts', "import { x } from '../../api/testing/test-app.ts';", widget],
    ['api/routes/probe.ts', "import { x } from '../../widget/certinomis-order.ts';", api],
    ['api/routes/probe.test.ts', "import { x } from '../../widget/api-client.ts';", api],
    ['api/app-probe.ts', "import { x } from './node.ts';", core],
    ['api/services/probe.ts', "import { x } from '../node-shutdown.ts';", core],
    ['api/services/probe.ts', "import { x } from '../adapters/smtp-mailer.ts';", core],
    ['api/routes/probe.ts', "import { x } from '../adapters/sharp-image-sanitizer.ts';", core],
    ['api/services/probe.ts', "import { x } from '../db/pglite.ts';", core],
    ['api/worker-probe.ts', "import { PGlite as x } from '@electric-sql/pglite';", core],
    ['api/outbox/probe.ts', "import { createTransport as x } from 'nodemailer';", core],
    ['api/webhooks/probe.ts', "import { request as x } from 'undici';", core],
    ['api/webhooks/probe.ts', "import { x } from '../adapters/undici-webhook-poster.ts';", core],
    ['api/documents/probe.ts', "import x from 'sharp';", core],
  ])('%s: %s', async (path, line, message) => {
    const { code, output } = await lint(path, `${line}\nexport const probe = x;\n`);
    expect(code).not.toBe(0);
    expect(output).toContain('lint/style/noRestrictedImports');
    expect(output).toContain(message);
  });

  it('lets each area import what it may', async () => {
    for (const [path, line] of [
      ['machines/probe.ts', "import { setup as x } from 'xstate';"],
      ['widget/probe.ts', "import { x } from '../machines/contract.ts';"],
      ['api/routes/probe.ts', "import { x } from '../../machines/contract.ts';"],
      ['api/node-probe.ts', "import { x } from './db/pglite.ts';"],
      ['api/services/probe.test.ts', "import x from 'sharp';"],
    ]) {
      const { code, output } = await lint(path!, `${line}\nexport const probe = x;\n`);
      expect(output).not.toContain('noRestrictedImports');
      expect(code, output).toBe(0);
    }
  });
});

describe('each TypeScript project sees the globals of where its code runs', () => {
  it('the element does not type-check if it uses process', async () => {
    const { code, output } = await typecheck(
      'widget/probe.ts',
      'export const probe = process.env.API_URL;\n',
      'widget/tsconfig.json',
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/widget\/probe\.ts.*Cannot find name 'process'/);
  });

  it('the API core does not type-check if it uses document', async () => {
    const { code, output } = await typecheck(
      'api/services/probe.ts',
      'export const probe = document.title;\n',
      'api/tsconfig.json',
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/api\/services\/probe\.ts.*Cannot find name 'document'/);
  });

  it('machines/ sees neither the page nor Node', async () => {
    const { code, output } = await typecheck(
      'machines/probe.ts',
      'export const probe = [document.title, process.env.X];\n',
      'machines/tsconfig.json',
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/machines\/probe\.ts.*Cannot find name 'document'/);
    expect(output).toMatch(/machines\/probe\.ts.*Cannot find name 'process'/);
  });

  it('the element and the API core do get the web-standard globals they use', async () => {
    for (const [path, project] of [
      ['widget/probe.ts', 'widget/tsconfig.json'],
      ['api/services/probe.ts', 'api/tsconfig.json'],
    ]) {
      const { code, output } = await typecheck(
        path!,
        "export const probe = [fetch, new URL('https://x.test'), crypto.subtle, new Response()];\n",
        project!,
      );
      expect(code, output).toBe(0);
    }
  });
});
