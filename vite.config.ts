import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

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

/** After the partner's bundle is written, builds the back office's into the same folder. */
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
    },
  };
}

/**
 * Builds the embeddable element into one ES module, `dist/widget/certinomis-order.js`,
 * that a partner page loads with one `<script type="module">`, then (a second, separate
 * build) the operators' `dist/widget/certinomis-backoffice.js`.
 * Decorators: tsconfig sets experimentalDecorators (see TOOLCHAIN.md), so the
 * bundle holds plain JavaScript that Chromium runs as is.
 */
export default defineConfig({
  plugins: [backofficeAfterwards()],
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
      output: { minify: true },
    },
  },
});
