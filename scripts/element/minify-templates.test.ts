import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from './minify-templates.ts';

/** `${`, written `#{` in the code below (a string holding `${` reads as a mistake to the linter). */
const dollarBrace = '$' + '{';

describe('the lit template minifier of the build', () => {
  it('collapses the white space of html templates, keeping lines, attribute values and text', () => {
    const [out] = minifyHtml(['<div class="a  b">\n      <span>un   mot</span>\n    </div>']);
    expect(out).toBe('<div class="a  b">\n<span>un mot</span>\n</div>');
  });

  it('keeps a quoted attribute value whole across an expression', () => {
    expect(minifyHtml(['<p title="x  ', '  y">  a  </p>'])).toEqual([
      '<p title="x  ',
      '  y"> a </p>',
    ]);
  });

  it('leaves a template with <pre> or <textarea> as written', () => {
    const parts = ['<pre>\n  a\n    b</pre>'];
    expect(minifyHtml(parts)).toEqual(parts);
  });

  it('minifies css: comments, spaces next to punctuation, the edges; strings and calc stay', () => {
    const [out] = minifyCss([
      "\n  /* the host */\n  :host {\n    width: calc(100% - 2px);\n    content: ' , ';\n  }\n  .a > .b:hover, .c { color: red; }\n",
    ]);
    expect(out).toBe(
      "\n\n:host{\nwidth:calc(100% - 2px);\ncontent:' , ';\n}\n.a>.b:hover,.c{color:red;}\n",
    );
  });

  it('changes only the literal parts of html and css tags, never expressions or other tags', () => {
    const code = [
      "const a = html`<b>  #{x  ?  html`<i>  y  </i>`  :  ''}  </b>`;",
      'const b = css`:host {  color:  #{c};  }`;',
      'const c = other`keep   this`;',
      "const d = '  html`  not a template  `';",
    ]
      .join('\n')
      .replaceAll('#{', dollarBrace);
    expect(minifyTemplates(code, 'x.ts')).toBe(
      [
        "const a = html`<b> #{x  ?  html`<i> y </i>`  :  ''} </b>`;",
        'const b = css`:host{color:#{c};}`;',
        'const c = other`keep   this`;',
        "const d = '  html`  not a template  `';",
      ]
        .join('\n')
        .replaceAll('#{', dollarBrace),
    );
  });

  it('keeps every line where it was (the source map stays right)', () => {
    const code = 'const a = html`\n  <p>\n    text\n  </p>\n`;\nconst after = 1;\n';
    const out = minifyTemplates(code, 'x.ts') ?? '';
    expect(out.split('\n').length).toBe(code.split('\n').length);
    expect(out.split('\n')[5]).toBe('const after = 1;');
  });
});
