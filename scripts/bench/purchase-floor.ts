/**
 * The smallest the purchase walk could be with issue 16's stack (`npm run bench:size`): the
 * libraries and the shared machine code a purchase runs (scripts/bench/floor/purchase-libraries.ts,
 * one bundle), plus the entry's own code (the entry, less what lit alone weighs). No purchase
 * screen and no text of the element are counted, so the walk can only be larger.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** One self-contained module of `entry`, minified as the element is: its min+gzip -9 bytes. */
async function bundled(entry: string): Promise<number> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{
    output: Array<{ type: string; code?: string }>;
  }>;
  const code = outputs.flatMap((o) => o.output).find((chunk) => chunk.type === 'chunk')?.code;
  if (code === undefined) throw new Error(`no bundle for ${entry}`);
  return gzipSync(code, { level: 9 }).length;
}

export interface PurchaseFloor {
  /** lit, xstate, valibot, the purchase machine, its schemas and messages: one bundle. */
  libraries: number;
  /** The entry's own code: the entry's size less lit's. */
  entryOwn: number;
  total: number;
}

export async function purchaseFloor(entryGzip: number): Promise<PurchaseFloor> {
  const libraries = await bundled('scripts/bench/floor/purchase-libraries.ts');
  const lit = await bundled('scripts/bench/floor/lit.ts');
  const entryOwn = entryGzip - lit;
  return { libraries, entryOwn, total: libraries + entryOwn };
}
