import type { CapturedQuery } from './capture-order-sql.ts';

function isJsonDocument(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `'${value.toISOString()}'::timestamptz`;
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
  const text = String(value);
  // pgbench reads ":name" as a variable even inside quotes: ship such text base64-encoded.
  if (text.includes(':')) {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    const decoded = `convert_from(decode('${base64}', 'base64'), 'UTF8')`;
    return isJsonDocument(text) ? `(${decoded})::jsonb` : decoded;
  }
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Turns the captured statements of one order placement into a pgbench
 * script that places a new, distinct order on each run: the order id comes
 * from the INSERT's RETURNING (\gset), the reference from the sequence, the
 * idempotency key from a random number; every other value is replayed as is.
 */
export function toPgbenchScript(
  queries: CapturedQuery[],
  ids: { orderId: string; reference: string; idempotencyKey: string },
): string {
  const lines = ['\\set key random(1, 9000000000000000000)'];
  for (const { sql, parameters } of queries) {
    const trimmed = sql.trim();
    if (/^begin/i.test(trimmed) || /^commit/i.test(trimmed) || /^rollback/i.test(trimmed)) {
      lines.push(`${trimmed.toUpperCase()};`);
      continue;
    }
    const isInvoice = /^insert into "invoices"/i.test(trimmed);
    let text = trimmed.replace(/\$(\d+)/g, (_, n: string) => {
      const value = parameters[Number(n) - 1];
      // The invoice's number comes from the counter row (\gset below), as in the service.
      if (isInvoice && n === '2') return ':last';
      if (isInvoice && n === '3') return "('FA' || lpad(:last::text, 6, '0'))";
      if (value === ids.orderId) return ':order_id::uuid';
      if (value === ids.reference) return "('BD' || lpad(:sequence::text, 10, '0') || '0')";
      if (value === ids.idempotencyKey) return "('bench-' || :key::text)";
      return literal(value);
    });
    text = text.replace(/\s+/g, ' ');
    if (/nextval\('order_reference_seq'\)/.test(text) || /^update "invoice_counter"/i.test(text)) {
      lines.push(`${text} \\gset`);
    } else if (/^insert into "orders"/i.test(text)) {
      lines.push(`${text.replace(/returning .*$/i, 'returning "id" as order_id')} \\gset`);
    } else {
      lines.push(`${text};`);
    }
  }
  return `${lines.join('\n')}\n`;
}
