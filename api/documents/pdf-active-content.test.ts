import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkPdf, maxObjectStreamBytes } from './pdf-active-content.ts';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

async function plainPdf(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf
    .addPage([200, 100])
    .drawText('Carte nationale d’identite'.replace('’', "'"), { x: 10, y: 50 });
  return pdf;
}

/** A hand-written PDF (classic xref, offsets computed), for names pdf-lib would never write. */
function rawPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(body);
}

const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>';
const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';

describe('checkPdf: PDFs that act are refused, plain ones kept as inspected', () => {
  it('keeps a plain PDF, rewritten from the objects it inspected, still a valid PDF', async () => {
    const pdf = await plainPdf();
    const result = await checkPdf(await pdf.save());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reread = await PDFDocument.load(result.bytes);
    expect(reread.getPageCount()).toBe(1);
    expect(reread.getPage(0).getSize()).toEqual({ width: 200, height: 100 });
  });

  it('refuses JavaScript run at opening (/OpenAction), even packed in a compressed object stream', async () => {
    const pdf = await plainPdf();
    pdf.catalog.set(
      PDFName.of('OpenAction'),
      pdf.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
    );
    const bytes = await pdf.save({ useObjectStreams: true });
    // The catalog sits compressed in an object stream: the names are not in the raw bytes.
    expect(latin1(bytes)).not.toContain('OpenAction');
    expect(await checkPdf(bytes)).toMatchObject({
      ok: false,
      reason: 'active-content',
      names: expect.arrayContaining(['OpenAction', 'JavaScript', 'JS']),
    });
  });

  it('refuses a link that launches a program (/Launch) and page actions (/AA)', async () => {
    const pdf = await plainPdf();
    const launch = pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 200, 100],
      A: { S: 'Launch', F: PDFString.of('cmd.exe') },
    });
    pdf.getPage(0).node.set(PDFName.of('Annots'), pdf.context.obj([launch]));
    expect(await checkPdf(await pdf.save())).toMatchObject({ ok: false, names: ['Launch'] });

    const withAa = await plainPdf();
    withAa
      .getPage(0)
      .node.set(PDFName.of('AA'), withAa.context.obj({ O: { S: 'URI', URI: PDFString.of('x') } }));
    expect(await checkPdf(await withAa.save())).toMatchObject({ ok: false, names: ['AA'] });
  });

  it('refuses an embedded file', async () => {
    const pdf = await plainPdf();
    await pdf.attach(bytesOf('MZ fake executable'), 'facture.exe', {
      mimeType: 'application/octet-stream',
    });
    const result = await checkPdf(await pdf.save());
    expect(result).toMatchObject({ ok: false, reason: 'active-content' });
    expect(result.ok ? [] : result.names).toEqual(
      expect.arrayContaining(['EmbeddedFiles', 'EmbeddedFile', 'EF']),
    );
  });

  it('decodes #xx escapes in any case: /#4fpen#41ction, /J#61vaScript, /#4a#53', async () => {
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R /#4fpen#41ction 4 0 R >>',
      pages,
      page,
      '<< /S /J#61vaScript /#4a#53 (app.alert(1)) >>',
    ]);
    expect(latin1(bytes)).not.toMatch(/OpenAction|JavaScript|\/JS/);
    expect(await checkPdf(bytes)).toMatchObject({
      ok: false,
      names: expect.arrayContaining(['OpenAction', 'JavaScript', 'JS']),
    });
  });

  it('sees an older revision of an object, not only the last one an update wrote', async () => {
    // Object 1 is written twice: with /OpenAction, then (later in the file) without. pdf-lib
    // keeps the last; a reader following a cross-reference table to the first would run it.
    const base = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      pages,
      page,
      '<< /S /JavaScript /JS (app.alert(1)) >>',
    ]);
    const update = bytesOf('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
    const bytes = new Uint8Array([...base, ...update]);
    expect(await checkPdf(bytes)).toMatchObject({ ok: false, reason: 'active-content' });
  });

  it('refuses an encrypted PDF (its object streams cannot be inspected)', async () => {
    const bytes = rawPdf(
      ['<< /Type /Catalog /Pages 2 0 R >>', pages, page, '<< /Filter /Standard /V 1 /R 2 >>'],
      '/Encrypt 4 0 R ',
    );
    expect(await checkPdf(bytes)).toEqual({ ok: false, reason: 'encrypted' });
  });

  it('refuses what does not parse as unreadable, never throws', async () => {
    expect(await checkPdf(bytesOf('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages'))).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    expect(await checkPdf(bytesOf('%PDF-1.4\nnothing here\n%%EOF'))).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('refuses object streams that inflate past the budget (a deflate bomb), before parsing them', async () => {
    const inflated = `5 0 << >>${' '.repeat(maxObjectStreamBytes)}`;
    const packed = latin1(new Uint8Array(deflateSync(inflated)));
    expect(packed.length).toBeLessThan(100 * 1024);
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      pages,
      page,
      `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream`,
    ]);
    expect(await checkPdf(bytes)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('does not keep bytes hidden after %%EOF', async () => {
    const pdf = await plainPdf();
    const bytes = new Uint8Array([
      ...(await pdf.save()),
      ...bytesOf('<html><script>evil()</script>'),
    ]);
    const result = await checkPdf(bytes);
    expect(result.ok).toBe(true);
    if (result.ok) expect(latin1(result.bytes)).not.toContain('evil()');
  });
});
