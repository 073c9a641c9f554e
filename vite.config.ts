import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { analyzeElement, MANIFEST_FILE, manifestJson } from './scripts/element/manifest.ts';
import { minifyTemplates } from './scripts/element/minify-templates.ts';

/** The operator back office's module, beside the partner's (never imported by it). */
export const backofficeEntry = 'widget/backoffice/certinomis-backoffice.ts';

/**
 * The back office's build: one self-contained ES module, `dist/widget/certinomis-backoffice.js`,
 * built apart so that it never shares a chunk with (and never changes) `certinomis-order.js`.
 */
export function backofficeBuild(mode: string): InlineConfig {
  return {
    configFile: false,
    mode,
    logLevel: 'warn',
    build: {
      outDir: 'dist/widget',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: backofficeEntry,
        formats: ['es'],
        fileName: () => 'certinomis-backoffice.js',
      },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  };
}

/** The partners' portal (`/partenaires`), its own module too. */
export const portalEntry = 'widget/portal/certinomis-portal.ts';

/**
 * The portal's build: one self-contained ES module, `dist/portal/certinomis-portal.js`, outside
 * `dist/widget/` so that it is never among the files a release freezes (nor the embed's chunks),
 * served by the Node entry at `/partenaires/certinomis-portal.js` (api/node-portal.ts).
 */
export function portalBuild(mode: string): InlineConfig {
  return {
    configFile: false,
    mode,
    logLevel: 'warn',
    build: {
      outDir: 'dist/portal',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: portalEntry, formats: ['es'], fileName: () => 'certinomis-portal.js' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  };
}

/** The React wrapper (`certinomis-order/react`). */
export const reactEntry = 'widget/react/certinomis-order-react.ts';

/**
 * The React wrapper's build: `dist/react/certinomis-order-react.js`, which imports the element
 * from the package's own bundle (`../widget/certinomis-order.js`, so that it is defined once) and
 * leaves `react` and `@lit/react` to the partner's bundler. Outside `dist/widget/`: it is for
 * npm, not among the files a release freezes.
 */
export function reactBuild(mode: string): InlineConfig {
  return {
    configFile: false,
    mode,
    logLevel: 'warn',
    plugins: [
      {
        name: 'certinomis-react-element-import',
        enforce: 'pre',
        resolveId(source, importer) {
          if (importer?.endsWith(reactEntry) && source === '../certinomis-order.ts') {
            return { id: '../widget/certinomis-order.js', external: 'absolute' };
          }
          return null;
        },
      },
    ],
    build: {
      outDir: 'dist/react',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: reactEntry, formats: ['es'], fileName: () => 'certinomis-order-react.js' },
      rolldownOptions: { external: ['react', /^@lit\/react/] },
    },
  };
}

/** After the partner's bundle is written, builds the back office's, the portal's and the React wrapper. */
function backofficeAfterwards(): Plugin {
  let mode = 'production';
  return {
    name: 'certinomis-backoffice',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    async closeBundle() {
      await build(backofficeBuild(mode));
      await build(portalBuild(mode));
      await build(reactBuild(mode));
    },
  };
}

/**
 * The npm package's type declarations (`package.json` `exports["."].types`): `dist/types/`,
 * emitted from `widget/certinomis-order.ts` by tsconfig.types.json (declarations only, no type
 * check: `npm run typecheck` does that). Some seconds of work, so only under `npm run build`
 * (or with `CERTINOMIS_TYPES=1`), not when `npm start` or `bench:size` rebuild the element.
 */
function typesAfterwards(): Plugin {
  return {
    name: 'certinomis-types',
    apply: 'build',
    async closeBundle() {
      if (process.env.npm_lifecycle_event !== 'build' && process.env.CERTINOMIS_TYPES !== '1') {
        return;
      }
      const { default: ts } = await import('typescript');
      const parsed = ts.getParsedCommandLineOfConfigFile('tsconfig.types.json', undefined, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      });
      if (!parsed) throw new Error('tsconfig.types.json could not be read');
      rmSync('dist/types', { recursive: true, force: true });
      const result = ts.createProgram(parsed.fileNames, parsed.options).emit();
      const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (result.emitSkipped || errors.length > 0) {
        throw new Error(
          `type declarations not emitted:\n${errors
            .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
            .join('\n')}`,
        );
      }
    },
  };
}

/**
 * The element's custom-elements manifest, `dist/custom-elements.json` (`package.json`
 * `customElements`), from its JSDoc by `@custom-elements-manifest/analyzer`
 * (scripts/element/manifest.ts). Built, not committed: the README's reference is its committed
 * form (`npm run docs:element`, checked by a unit test).
 */
function manifestAfterwards(): Plugin {
  return {
    name: 'certinomis-custom-elements-manifest',
    apply: 'build',
    closeBundle() {
      mkdirSync(dirname(MANIFEST_FILE), { recursive: true });
      writeFileSync(MANIFEST_FILE, manifestJson(analyzeElement()));
    },
  };
}

/**
 * The lit templates' text minified (scripts/element/minify-templates.ts): `html` and `css`
 * templates of `widget/` lose the white space and comments the browser ignores. Lines are
 * kept, so the source map stays right line by line (`map: null`: the previous map holds).
 */
export function minifiedTemplates(): Plugin {
  return {
    name: 'certinomis-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/widget\/.*\.ts$/.test(id.split('?')[0] ?? '')) return null;
      const minified = minifyTemplates(code, id);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}

/** The lazy parts the entry loads (widget/chunks.ts), by the module each one starts from. */
export const lazyParts: Record<string, string> = {
  purchase: 'widget/purchase/certinomis-purchase.ts',
  space: 'widget/space/client-space.ts',
  // The space's machine, imported by the space at once (its login screen is painted before),
  // with the screens once logged in (widget/space/lazy-screens.ts's `dashboard`).
  spaceMachine: 'widget/space/space-machine-part.ts',
  // The client space's other lazy screens (widget/space/lazy-screens.ts).
  dossier: 'widget/dossier/certinomis-dossier.ts',
};

/**
 * Subresource Integrity for the lazy chunks: once the files are written, the SHA-384 of every
 * file of each lazy part and of each other lazily imported module (its chunk and the chunks it
 * imports, the entry excepted) is written into the entry in place of `'__CERTINOMIS_CHUNKS__'` (widget/chunks.ts), which preloads each
 * file with its integrity before importing the part. The partner's `integrity` covers the
 * entry, and so, through it, every chunk.
 */
function chunkIntegrity(): Plugin {
  return {
    name: 'certinomis-chunk-integrity',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/widget';
      const entry = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isEntry && file.fileName === 'certinomis-order.js',
      );
      if (entry?.type !== 'chunk') return;
      // The partner's `integrity` covers this one file: a static import beside it would run
      // unchecked (and a preload of a module already loaded checks nothing), so there is none.
      if (entry.imports.length > 0) {
        throw new Error(
          `certinomis-order.js imports ${entry.imports.join(', ')} statically: a partner's integrity attribute would not cover it`,
        );
      }
      // SHA-256, which SRI accepts as it does SHA-384: the entry carries one per lazy file, and
      // its 16 bytes fewer each keep the first script within its budget.
      const sri = (file: string) =>
        `sha256-${createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('base64')}`;
      const filesOf = (chunk: string) => {
        const files = new Set<string>();
        const visit = (name: string) => {
          // The entry ran before any part is asked for (and is checked by the partner's
          // integrity): the parts import what they share with it from it, unlisted.
          if (name === entry.fileName || files.has(name)) return;
          files.add(name);
          const found = bundle[name];
          if (found?.type === 'chunk') for (const dependency of found.imports) visit(dependency);
        };
        visit(chunk);
        return [...files];
      };
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const manifest: Record<string, string[]> = {};
      for (const [part, module] of Object.entries(lazyParts)) {
        const chunk = chunks.find((file) => file.facadeModuleId?.endsWith(module));
        if (!chunk) throw new Error(`no chunk for ${module}`);
        manifest[part] = filesOf(chunk.fileName);
      }
      // Every other module imported lazily (the language tables) by its path, the key its
      // importer passes to lazyImport / loadChunk (machines/lazy-import.ts): a module whose
      // importer does not name it would be imported unchecked, or refused, so the build fails.
      const parts = new Set(Object.values(lazyParts));
      for (const chunk of chunks) {
        const module = chunk.facadeModuleId;
        if (!chunk.isDynamicEntry || !module) continue;
        const key = relative(process.cwd(), module).split(sep).join('/');
        if (parts.has(key)) continue;
        const importers = chunks.filter((file) => file.dynamicImports.includes(chunk.fileName));
        const named = importers.every((file) =>
          readFileSync(join(dir, file.fileName), 'utf8').includes(key),
        );
        if (!named) {
          throw new Error(
            `${key} is imported lazily without its integrity key: load it with lazyImport('${key}', () => import(…)) (machines/lazy-import.ts)`,
          );
        }
        manifest[key] = filesOf(chunk.fileName);
      }
      // Compact, as widget/chunks.ts reads it: each file once (`name integrity`), then each
      // key with the indexes of its files.
      const files = [...new Set(Object.values(manifest).flat())].sort();
      const text = JSON.stringify([
        files.map((file) => `${file} ${sri(file)}`),
        Object.fromEntries(
          Object.entries(manifest).map(([key, list]) => [key, list.map((f) => files.indexOf(f))]),
        ),
      ]);
      // In single quotes, so that the JSON's own need no escaping (it holds none, nor `\`).
      if (/['\\\n]/.test(text)) throw new Error('the chunk manifest cannot be quoted as is');
      const path = join(dir, entry.fileName);
      const code = readFileSync(path, 'utf8');
      const placeholder = /(["'`])__CERTINOMIS_CHUNKS__\1/;
      if (!placeholder.test(code)) throw new Error('the entry has no chunk manifest placeholder');
      writeFileSync(
        path,
        code.replace(placeholder, () => `'${text}'`),
      );
    },
  };
}

/**
 * Builds the embeddable element into one ES module, `dist/widget/certinomis-order.js`,
 * that a partner page loads with one `<script type="module">`, then (a second, separate
 * build) the operators' `dist/widget/certinomis-backoffice.js`.
 * Decorators: tsconfig sets experimentalDecorators (see TOOLCHAIN.md), so the
 * bundle holds plain JavaScript that Chromium runs as is.
 *
 * The build is deterministic (same sources and lockfile, same bytes; chunk names are content
 * hashes): partners load `certinomis-order.js` from `/widget/v<version>/` with the Subresource
 * Integrity hash that `npm run sri` writes in the README, and `npm run sri -- --check` fails
 * when the README no longer matches the build.
 */
export default defineConfig({
  plugins: [
    minifiedTemplates(),
    chunkIntegrity(),
    backofficeAfterwards(),
    typesAfterwards(),
    manifestAfterwards(),
  ],
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'widget/certinomis-order.ts',
      formats: ['es'],
      fileName: () => 'certinomis-order.js',
    },
    rolldownOptions: {
      // The client space (`mode="space"`) is a lazy chunk: what it shares with the purchase is
      // imported from this entry (which the page has loaded already) instead of being split
      // into a third file the purchase would then have to load too.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // The entry is one file: the element, lit, the client and the catalogue's texts in
        // certinomis-order.js itself, the only file a partner's `integrity` attribute covers
        // (the lazy parts are checked through the hashes it carries, and import what they share
        // with it from it). Left to itself, the bundler would cut what the entry imports into a
        // file per set of parts that use it, loaded unchecked; this group keeps it all in one.
        codeSplitting: {
          groups: [
            {
              name: 'certinomis-order',
              tags: ['$initial'],
              test: () => true,
            },
            {
              // xstate, valibot and the fields' messages in one file, as before the space's
              // login screen came without them (widget/space/client-space.ts): split by their
              // users, they would be two files more for the entry's manifest to list.
              name: 'machine-controller',
              includeDependenciesRecursively: false,
              test: (id) =>
                /node_modules[\\/](xstate|valibot)[\\/]|machines[\\/](setup|messages[\\/](fields-fr|messages)|schemas[\\/](field-errors|email|text)|rules[\\/]email)\.ts$|widget[\\/]machine-controller\.ts$/.test(
                  id,
                ),
            },
            {
              // The element's texts (`widget/i18n/element*.ts`: the purchase's and the dossier's
              // steps, Renouveler's language) with the other modules only those parts share,
              // in one file: not in the space's up-front files (its login needs none of them),
              // and no file more for the entry's integrity manifest to list.
              name: 'purchase-shared',
              // Those modules only: what they import stays where the bundler puts it.
              includeDependenciesRecursively: false,
              test: (id) =>
                /widget[\\/](i18n[\\/]element(-fr)?|ui[\\/](button-bar|stepper)\.styles|ui[\\/](button-bar|text-field)|purchase[\\/]step\.styles)\.ts$|machines[\\/](purchase[\\/](context|step-issues)|messages[\\/]purchase(-fr)?|schemas[\\/](purchase|params)|rules[\\/](phone|postal-code|siret|reference))\.ts$/.test(
                  id,
                ),
            },
          ],
        },
      },
    },
  },
});
