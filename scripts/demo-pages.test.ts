/**
 * The demo pages' footers are finished sentences (issue 17: "intégré avec une balise
 * <script type="module"> et une balise." left the reader asking which): each ends with a full
 * stop, and every tag a footer mentions ("une balise", "a tag") is named right after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));

function footerText(html: string): string | null {
  const footer = /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1];
  if (footer === undefined) return null;
  return footer
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the demo pages say what they are, in finished sentences', () => {
  it('has pages with footers to check', () => {
    expect(pages.filter((page) => footerText(readFileSync(`demo/${page}`, 'utf8')))).not.toEqual(
      [],
    );
  });

  for (const page of pages) {
    const text = footerText(readFileSync(`demo/${page}`, 'utf8'));
    if (!text) continue;
    it(`${page}: its footer ends with a full stop and names every tag it mentions`, () => {
      expect(text).toMatch(/[.!]$/);
      const tags = [...text.matchAll(/\b(?:balises?|tags?)\b(?: \w+)?/g)];
      for (const mention of tags) {
        const after = text.slice((mention.index ?? 0) + mention[0].length).trimStart();
        expect(after.startsWith('<'), `"${mention[0]}" names no tag in: ${text}`).toBe(true);
      }
    });
  }
});
