/**
 * The custom-elements manifest (`custom-elements.json`, https://github.com/webcomponents/custom-elements-manifest)
 * of `<certinomis-order>`, made by `@custom-elements-manifest/analyzer` (with its Lit support)
 * from the element's JSDoc: `@attr`, `@fires`/`@event`, `@csspart`, `@cssprop`, `@slot` and the
 * decorated properties. `npm run build` writes it to `dist/custom-elements.json` (built, not
 * committed; `package.json` `customElements` names it); the README's element reference is
 * written from it (`npm run docs:element`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as analyzer from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type * as typescript from 'typescript';

/**
 * The analyzer's programmatic API (its index.js; its index.d.ts declares only the plugin types).
 * Its own TypeScript parses the source, so that the syntax tree matches what it walks.
 */
const { create, ts } = analyzer as unknown as {
  create(options: { modules: typescript.SourceFile[]; plugins?: unknown[] }): unknown;
  ts: typeof typescript;
};

/** The element's module: the class, its decorators and its JSDoc. */
export const ELEMENT_SOURCE = 'widget/certinomis-order.ts';
export const ELEMENT_TAG = 'certinomis-order';
/** Where `npm run build` writes the manifest. */
export const MANIFEST_FILE = 'dist/custom-elements.json';

export interface Described {
  name: string;
  description?: string;
  type?: { text: string };
}
export interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  default?: string;
}
export interface Attribute extends Described {
  fieldName?: string;
  default?: string;
}
export interface ElementDeclaration extends Described {
  kind: 'class';
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[] }[];
}

/**
 * The manifest of the element's module. The element's public events are `certinomis:*`: the
 * analyzer also reports the parameter of its private `emit(type, detail)` helper as an event
 * named `type`, which is dropped.
 */
export function analyzeElement(root = '.'): Manifest {
  const source = readFileSync(join(root, ELEMENT_SOURCE), 'utf8');
  const module = ts.createSourceFile(ELEMENT_SOURCE, source, ts.ScriptTarget.ES2015, true);
  const manifest = create({ modules: [module], plugins: litPlugin() }) as Manifest;
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.events) {
        declaration.events = declaration.events.filter((e) => e.name.startsWith('certinomis:'));
      }
    }
  }
  return manifest;
}

/** `<certinomis-order>`'s declaration in `manifest`; throws when the manifest has none. */
export function elementOf(manifest: Manifest): ElementDeclaration {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.tagName === ELEMENT_TAG);
    if (found) return found;
  }
  throw new Error(`the manifest declares no <${ELEMENT_TAG}> (is @customElement still on it?)`);
}

/** The public properties of the element (fields neither private, protected nor static). */
export function publicFields(element: ElementDeclaration): Member[] {
  return (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
  );
}

/** The manifest as `npm run build` writes it. */
export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
