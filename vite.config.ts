import { defineConfig } from 'vite';

/**
 * Builds the embeddable element into one ES module, `dist/widget/certinomis-order.js`,
 * that a partner page loads with one `<script type="module">`.
 * Decorators: tsconfig sets experimentalDecorators (see TOOLCHAIN.md), so the
 * bundle holds plain JavaScript that Chromium runs as is.
 */
export default defineConfig({
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
