import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawableText } from './pdf-text.ts';

describe('text for the standard PDF fonts', async () => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);

  it('keeps French text as typed', () => {
    const french = 'Élodie Dupont-Lefèvre, 3 rue de l’Église — Œuvre « Noël » 12,50 €';
    expect(drawableText(font, french)).toBe(french);
  });

  it('draws every other character as something the font encodes', () => {
    for (const [input, output] of [
      ['東京都', '???'],
      ['Őrség Łódź', 'Orség ?ódz'],
      ['e\u0301cole', 'école'],
      ['a\u0000b\u0007c\u202ed', 'abcd'],
      ['ligne 1\nligne 2\tfin', 'ligne 1 ligne 2 fin'],
      ['😀 ok', '? ok'],
      ['\ud800x', '?x'],
    ] as const) {
      const drawn = drawableText(font, input);
      expect(drawn, input).toBe(output);
      expect(() => font.encodeText(drawn)).not.toThrow();
    }
  });
});
