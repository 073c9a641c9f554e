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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The value of `column` in a captured `insert into "table" (…) values (…)`, if it is one. */
function insertedValue(queries: CapturedQuery[], table: string, column: string): unknown {
  for (const { sql, parameters } of queries) {
    const match = new RegExp(
      `^insert into "${table}" \\(([^)]*)\\) values \\(([^)]*)\\)`,
      'i',
    ).exec(sql.trim());
    if (!match) continue;
    const columns = (match[1] as string).split(',').map((c) => c.trim());
    const values = (match[2] as string).split(',').map((v) => v.trim());
    const value = values[columns.indexOf(`"${column}"`)];
    if (value && /^\$\d+$/.test(value)) return parameters[Number(value.slice(1)) - 1];
  }
  return undefined;
}

export interface ReplayIds {
  orderId: string;
  reference: string;
  idempotencyKey: string;
  /** Stays as captured (the bench partner). */
  partnerId: string;
}

/**
 * Turns the captured statements of one order placement into a pgbench
 * script that places a new, distinct order on each run: the order id and
 * every other id drawn by the service (dossiers, outbox rows) become
 * `md5(key || n)::uuid` of a random key, the reference comes from the
 * sequence (\gset), the idempotency key and its attempt token from the
 * random key; every other value is replayed as is. No statement is added.
 */
export function toPgbenchScript(queries: CapturedQuery[], ids: ReplayIds): string {
  const lines = ['\\set key random(1, 9000000000000000000)'];
  const attempt = insertedValue(queries, 'idempotency_keys', 'attempt');
  const drawnIds = new Map<string, number>();
  for (const { sql, parameters } of queries) {
    const trimmed = sql.trim();
    if (/^begin/i.test(trimmed) || /^commit/i.test(trimmed) || /^rollback/i.test(trimmed)) {
      lines.push(`${trimmed.toUpperCase()};`);
      continue;
    }
    let text = trimmed.replace(/\$(\d+)/g, (_, n: string) => {
      const value = parameters[Number(n) - 1];
      if (value === ids.reference) return "('BD' || lpad(:drawn_sequence::text, 10, '0') || '0')";
      if (value === ids.idempotencyKey) return "('bench-' || :key::text)";
      if (attempt !== undefined && value === attempt) return "('attempt-' || :key::text)";
      if (typeof value === 'string' && value !== ids.partnerId && uuidPattern.test(value)) {
        const index = value === ids.orderId ? 0 : (drawnIds.get(value) ?? drawnIds.size + 1);
        if (index > 0) drawnIds.set(value, index);
        return `md5(:key::text || '-${index}')::uuid`;
      }
      return literal(value);
    });
    text = text.replace(/\s+/g, ' ');
    // The statement that draws the reference number keeps what it returns (`drawn_sequence`…).
    if (/nextval\('order_reference_seq'\)/.test(text)) lines.push(`${text} \\gset drawn_`);
    else lines.push(`${text};`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * "The limit": the same rows as the script (the idempotency key as stored at
 * the end, the order and everything it writes, the invoice from the counter)
 * in one single statement, without a transaction block. Built from the
 * script's placement statement (`with "k" as (update idempotency_keys …)`,
 * which writes the invoice too), with the key's claim insert in place of its
 * update, and the reference number drawn inside it.
 */
export function toLimitScript(script: string): string {
  const lines = script.trim().split('\n');
  const claim = lines.find((l) => /^insert into "idempotency_keys"/i.test(l));
  const rows = lines.find((l) => /^with "k" as \(update "idempotency_keys"/i.test(l));
  if (!claim || !rows || !/insert into invoices/i.test(rows)) {
    throw new Error(
      'toLimitScript: the placement statements were not found (the service changed?)',
    );
  }
  const claimCte = claim
    .replace(/ on conflict .*$/i, '')
    .replace(/;$/, '')
    .replace(/'in_flight'/, "'done'");
  const reference = "('BD' || lpad(:drawn_sequence::text, 10, '0') || '0')";
  // The reference number drawn once inside the statement, wherever the rows use it.
  const statement = rows
    .replace(
      /^with "k" as \(.*?\), "o" as/i,
      () =>
        `with "seq" as (select nextval('order_reference_seq')::integer as n), "k" as (${claimCte} returning "key"), "o" as`,
    )
    .split(reference)
    .join("(select 'BD' || lpad(n::text, 10, '0') || '0' from \"seq\")");
  return `${[lines[0], statement].join('\n')}\n`;
}
