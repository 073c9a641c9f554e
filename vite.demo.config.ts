import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig } from 'vite';

/** Every `demo/scripts/<name>.ts` is a page script (shared code lives in `demo/scripts/lib/`). */
export function demoEntries(root = '.'): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(`${root}/demo/scripts`)) {
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) {
      entries[basename(file, '.ts')] = `demo/scripts/${file}`;
    }
  }
  return entries;
}

/**
 * Builds the demo pages' own scripts (`demo/scripts/*.ts`, TypeScript) into
 * `dist/demo/`, served by the demo at `/demo-assets/`. One ES module per page
 * with a stable name (`/demo-assets/mailbox.js`, `/demo-assets/partner-page.js`)
 * so that the HTML pages reference them without a manifest; code they share
 * goes to `/demo-assets/chunks/`. Loaded with `<script type="module" src>`,
 * they run under the demo's strict CSP (`script-src 'self'`).
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: demoEntries(),
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        assetFileNames: 'assets/[name][extname]',
        minify: true,
      },
    },
  },
});
