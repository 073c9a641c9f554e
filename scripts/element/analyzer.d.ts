/** The analyzer's Lit support (the CLI's `--litelement`), imported by path: it ships no types. */
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): unknown[];
}
