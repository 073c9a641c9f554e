import {
  AFRelationship,
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { invoiceToCii } from './cii.ts';
import { type CreditNoteDocument, isCreditNote } from './credit-note.ts';
import type { InvoiceDocument } from './invoice.ts';
import { invoicePdfDocument } from './invoice-pdf.ts';

/** The name Factur-X gives the embedded CII XML. */
export const FACTUR_X_FILENAME = 'factur-x.xml';

/**
 * The invoice or credit note as Factur-X (EN 16931 profile): the readable PDF
 * carrying its CII XML as an associated file (`/AF`, AFRelationship
 * `Alternative`: the XML is the same document in another form), with the XMP
 * metadata that declares PDF/A-3 (part 3, conformance B) and the Factur-X
 * extension schema (document type, file name, version, conformance level).
 *
 * Built with pdf-lib, which the PDFs already use and which runs unchanged on
 * Node and Workers (`@e-invoice-eu/core` pulls a spreadsheet reader, a pdf-lib
 * fork and temporary files). Dates and the file identifier come from the
 * document, so the same invoice always gives the same bytes.
 */
export async function renderFacturX(
  document: InvoiceDocument | CreditNoteDocument,
): Promise<Uint8Array> {
  const pdf = await invoicePdfDocument(document);
  const issued = new Date(`${document.issueDate}T00:00:00Z`);
  pdf.setCreationDate(issued);
  pdf.setModificationDate(issued);
  pdf.setProducer('certinomis-order');
  pdf.setCreator('certinomis-order');
  pdf.setSubject(isCreditNote(document) ? 'Avoir Factur-X' : 'Facture Factur-X');
  const xml = invoiceToCii(document);
  await pdf.attach(new TextEncoder().encode(xml), FACTUR_X_FILENAME, {
    mimeType: 'text/xml',
    description: 'Factur-X (EN 16931) CII XML',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Alternative,
  });
  const metadata = pdf.context.stream(xmp(document, pdf.getTitle() ?? document.number), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));
  // PDF/A asks for a file identifier in the trailer.
  const id = PDFHexString.of(await fileId(xml));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/** The CII XML a Factur-X PDF carries, or null when it carries none. */
export async function readFacturXml(bytes: Uint8Array | ArrayBuffer): Promise<string | null> {
  const pdf = await PDFDocument.load(bytes);
  const names = pdf.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
    ?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!names) return null;
  for (let i = 0; i + 1 < names.size(); i += 2) {
    const name = names.lookup(i);
    const label =
      name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '';
    if (label !== FACTUR_X_FILENAME) continue;
    const stream = names
      .lookup(i + 1, PDFDict)
      .lookup(PDFName.of('EF'), PDFDict)
      .lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) return null;
    return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  }
  return null;
}

async function fileId(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 16)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

function xmp(document: InvoiceDocument, title: string): string {
  const date = `${document.issueDate}T00:00:00Z`;
  const esc = (value: string) =>
    value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${esc(document.seller.name)}</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:CreatorTool>certinomis-order</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>certinomis-order</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
   <fx:DocumentType>INVOICE</fx:DocumentType>
   <fx:DocumentFileName>${FACTUR_X_FILENAME}</fx:DocumentFileName>
   <fx:Version>1.0</fx:Version>
   <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>fx</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>${['DocumentFileName', 'DocumentType', 'Version', 'ConformanceLevel']
         .map(
           (name) => `
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>${name}</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>Factur-X ${name}</pdfaProperty:description>
        </rdf:li>`,
         )
         .join('')}
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
