import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detailOf, elementReference, namesIn, referenceProblems, withReference } from './docs.ts';
import { analyzeElement, ELEMENT_TAG, elementOf, publicFields } from './manifest.ts';

const element = elementOf(analyzeElement());
const readme = readFileSync('README.md', 'utf8');

/** The widget's sources the partner's element runs (the operators' back office is another element). */
function widgetSources(dir = 'widget'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'backoffice' ? [] : widgetSources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `certinomis:*` event name the widget's code dispatches (`emit('…'` or `new CustomEvent('…'`). */
function dispatchedEvents(): Set<string> {
  const names = new Set<string>();
  for (const file of widgetSources()) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:emit|CustomEvent)\(\s*'(certinomis:[a-z-]+)'/g)) {
      names.add(match[1] as string);
    }
  }
  return names;
}

describe('the custom-elements manifest of <certinomis-order>', () => {
  it('declares the element with its attributes, properties, events, parts and CSS properties', () => {
    expect(element.tagName).toBe(ELEMENT_TAG);
    expect(element.attributes?.map((a) => a.name)).toEqual(
      expect.arrayContaining(['api', 'partner-key', 'locale', 'mode', 'product']),
    );
    expect(publicFields(element).map((f) => f.name)).toContain('state');
    expect(element.events?.map((e) => e.name)).toContain('certinomis:order-placed');
    expect(element.cssParts?.map((p) => p.name)).toContain('order-button');
    expect(element.cssProperties?.map((p) => p.name)).toContain('--certinomis-color-primary');
  });

  it('documents every certinomis:* event the widget dispatches', () => {
    const documented = new Set(element.events?.map((e) => e.name));
    const undocumented = [...dispatchedEvents()].filter((name) => !documented.has(name));
    expect(
      undocumented,
      `dispatched but missing from the element's JSDoc (@event): ${undocumented.join(', ')}`,
    ).toEqual([]);
  });

  it('gives every event its detail type (JSDoc `@event {{ … }} name - …`)', () => {
    const untyped = (element.events ?? []).filter((e) => !detailOf(e)).map((e) => e.name);
    expect(untyped, `events without a detail type in the JSDoc: ${untyped.join(', ')}`).toEqual([]);
  });

  it('has a React callback for every event (certinomis-order/react)', () => {
    const wrapper = readFileSync('widget/react/certinomis-order-react.ts', 'utf8');
    const wrapped = new Set([...wrapper.matchAll(/'(certinomis:[a-z-]+)'/g)].map((m) => m[1]));
    const missing = (element.events ?? []).map((e) => e.name).filter((n) => !wrapped.has(n));
    expect(missing, `events without a React callback: ${missing.join(', ')}`).toEqual([]);
  });
});

describe("the README's element reference", () => {
  it('is the one the manifest gives (npm run docs:element)', () => {
    const problems = referenceProblems(readme, element);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('names what is in one and not the other', () => {
    const block = elementReference(element);
    const tampered = withReference(
      readme,
      block
        .replace(/^\| `certinomis:order-placed` .*\n/m, '')
        .replace(/^\| `order-button` .*\n/m, '| `order-button` | x |\n| `ghost` | x |\n'),
    );
    expect(referenceProblems(tampered, element)).toEqual([
      'event certinomis:order-placed: in the manifest, not in the README (run npm run docs:element)',
      'part ghost: in the README, not in the manifest (run npm run docs:element)',
    ]);
    expect(namesIn(block).attribute).toEqual(
      new Set(['api', 'partner-key', 'locale', 'mode', 'product']),
    );
  });
});
