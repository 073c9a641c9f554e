import type { PDFFont } from 'pdf-lib';

const charsets = new WeakMap<PDFFont, Set<number>>();

function charsetOf(font: PDFFont): Set<number> {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  return set;
}

/**
 * `value` as the font can draw it. The standard PDF fonts (Helvetica) encode WinAnsi only and
 * pdf-lib throws on anything else, yet buyers may type any Unicode text (東京, Őrség, 😀, a
 * control character): a letter with a mark the font lacks is drawn as its base letter, line
 * breaks and other spaces as a space, lone combining marks and controls are dropped, and
 * anything else becomes `?` — the document is always produced, never a 500.
 */
export function drawableText(font: PDFFont, value: string): string {
  const supported = charsetOf(font);
  let out = '';
  for (const char of value.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (supported.has(code) && code >= 0x20) out += char;
    else if (/\s/u.test(char)) out += ' ';
    else if (/[\p{M}\p{Cc}\p{Cf}]/u.test(char)) continue;
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      const drawable = base !== '' && [...base].every((c) => supported.has(c.codePointAt(0) ?? 0));
      out += drawable ? base : '?';
    }
  }
  return out;
}
