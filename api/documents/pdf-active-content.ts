import {
  decodePDFRawStream,
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFName,
  type PDFObject,
  PDFObjectStreamParser,
  PDFParser,
  type PDFRef,
  PDFStream,
  PDFWriter,
} from 'pdf-lib';

/**
 * Names that make a PDF do something when opened or clicked, reach outside,
 * or carry other files: scripts (`/JS`, `/JavaScript`), automatic actions
 * (`/OpenAction`, `/AA`), launching programs (`/Launch`), embedded files
 * (`/EmbeddedFile(s)`, a file specification's `/EF`, `/FileAttachment`
 * annotations), forms that submit or import (`/SubmitForm`, `/ImportData`,
 * XFA), rich media, and jumps into other or embedded documents (`/GoToR`,
 * `/GoToE`). An identity scan needs none of them. Compared case-insensitively.
 */
const activeNames = new Set(
  [
    'JS',
    'JavaScript',
    'OpenAction',
    'AA',
    'Launch',
    'EmbeddedFile',
    'EmbeddedFiles',
    'EF',
    'FileAttachment',
    'SubmitForm',
    'ImportData',
    'XFA',
    'RichMedia',
    'GoToR',
    'GoToE',
  ].map((name) => name.toLowerCase()),
);

/**
 * What the compressed object streams of one uploaded PDF may inflate to, in
 * all: a 10 MB file of deflated zeros would otherwise expand to gigabytes
 * inside pdf-lib (Flate compresses up to ~1000:1) before a name is read.
 */
export const maxObjectStreamBytes = 32 * 1024 * 1024;

/** The inflation budget left to each document being checked (its parser's context). */
const objectStreamBudgets = new WeakMap<PDFContext, number>();

/**
 * pdf-lib inflates each object stream whole as it meets it. For the documents
 * {@link checkPdf} parses (and only those: others have no budget), each one is
 * first inflated up to the budget left, and the file refused past it. Installed
 * once; the budget is per document, so concurrent checks do not share it.
 */
const forStream = PDFObjectStreamParser.forStream;
PDFObjectStreamParser.forStream = (rawStream, shouldWaitForTick) => {
  const context = rawStream.dict.context;
  const left = objectStreamBudgets.get(context);
  if (left !== undefined) {
    const inflated = decodePDFRawStream(rawStream).getBytes(left + 1).length;
    if (inflated > left) throw new Error('object streams inflate beyond the budget');
    objectStreamBudgets.set(context, left - inflated);
  }
  return forStream(rawStream, shouldWaitForTick);
};

export type PdfCheck =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'active-content' | 'encrypted' | 'unreadable'; names?: string[] };

/**
 * Parses the PDF with pdf-lib (pure JS: Node and Workers) strictly — an object
 * it cannot read makes the whole file unreadable rather than skipped — and
 * looks at every object it holds: each version of each object (an incremental
 * update does not hide an older one), the objects packed in compressed object
 * streams, every dictionary key and every name value, with `#xx` escapes
 * decoded in any case (`/J#61vaScript`, `/#4a#53`). A file with any of
 * {@link activeNames} is refused; so is an encrypted one (its object streams
 * cannot be inspected).
 *
 * An accepted file is kept as pdf-lib writes it back from the objects that
 * were inspected: bytes pdf-lib did not see as an object (between objects,
 * after `%%EOF`, an older revision a lying cross-reference table would point
 * to) are not kept, so another reader cannot find in the stored file what
 * this check did not see.
 */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  const parser = PDFParser.forBytesWithOptions(bytes, 200, true, false);
  // The parser fills its own context (protected in pdf-lib's types): every object it reads,
  // from the file or an object stream, goes through `assign`, which keeps only the last version.
  const { context: parsed } = parser as unknown as { context: PDFContext };
  objectStreamBudgets.set(parsed, maxObjectStreamBytes);
  const objects: PDFObject[] = [];
  const assign = parsed.assign.bind(parsed);
  parsed.assign = (ref: PDFRef, object: PDFObject) => {
    objects.push(object);
    assign(ref, object);
  };
  let context: PDFContext;
  try {
    context = await parser.parseDocument();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const { Root, Encrypt } = context.trailerInfo;
  if (Encrypt) return { ok: false, reason: 'encrypted' };
  const catalog = Root ? context.lookup(Root) : undefined;
  if (!(catalog instanceof PDFDict) || catalog.get(PDFName.of('Pages')) === undefined) {
    return { ok: false, reason: 'unreadable' };
  }
  const found = activeNamesIn(objects);
  if (found.length > 0) return { ok: false, reason: 'active-content', names: found };
  try {
    return { ok: true, bytes: await PDFWriter.forContext(context, 200).serializeToBuffer() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The active names found in `objects` and the direct objects nested in them (deduplicated). */
export function activeNamesIn(objects: readonly PDFObject[]): string[] {
  const found = new Set<string>();
  const check = (name: PDFName) => {
    const decoded = decodeName(name.decodeText());
    if (activeNames.has(decoded.toLowerCase())) found.add(decoded);
  };
  const stack = [...objects];
  for (let object = stack.pop(); object !== undefined; object = stack.pop()) {
    if (object instanceof PDFName) check(object);
    else if (object instanceof PDFStream) stack.push(object.dict);
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        check(key);
        stack.push(value);
      }
    } else if (object instanceof PDFArray) stack.push(...object.asArray());
  }
  return [...found];
}

/**
 * pdf-lib decodes `#xx` only with upper-case hex digits (`/J#61vaScript`, but
 * not `/#4a#53`); readers accept both, so what it left is decoded here.
 */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
