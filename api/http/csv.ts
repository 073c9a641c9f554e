/**
 * CSV as French spreadsheets read it: RFC 4180 quoting, `;` separators, CRLF
 * line ends, decimal commas, UTF-8 with a byte-order mark (Excel's cue). A
 * cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed
 * with `'`, so an organisation's name never runs in the reader's spreadsheet.
 */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}

/** Integer cents as euros with a decimal comma: 8280 → `82,80`. */
export function decimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Whether the client asked for CSV (`Accept: text/csv`, or `?format=csv` for plain links). */
export function wantsFormat(
  accept: string | undefined,
  format: string | undefined,
): 'json' | 'csv' | 'pdf' {
  if (format === 'csv' || format === 'pdf') return format;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('text/csv')) return 'csv';
  if (a.includes('application/pdf')) return 'pdf';
  return 'json';
}

/**
 * A stream of CSV text: the header, then each batch `next` returns until it
 * returns null. One batch is in memory at a time, so an export of any size
 * runs in constant memory; the database is read only as the client reads.
 * `finished` settles once the stream closed, failed or was cancelled: a
 * runtime that closes the database after the answer (Workers) waits for it.
 */
export function csvStream(
  header: readonly string[],
  next: () => Promise<string[][] | null>,
): { body: ReadableStream<Uint8Array>; finished: Promise<void> } {
  const encoder = new TextEncoder();
  let started = false;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
        return;
      }
      try {
        const rows = await next();
        if (rows === null) {
          controller.close();
          settle();
          return;
        }
        controller.enqueue(encoder.encode(rows.map(csvLine).join('')));
      } catch (error) {
        settle();
        controller.error(error);
      }
    },
    cancel() {
      settle();
    },
  });
  return { body, finished };
}
