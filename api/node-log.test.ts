import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from './http/request-log.ts';
import { batchedJsonLineLog } from './node-log.ts';

const entry = (requestId: string): RequestLogEntry => ({
  level: 'info',
  msg: 'request',
  time: '2026-12-02T07:00:00.000Z',
  requestId,
  method: 'GET',
  route: '/v1/catalog',
  status: 200,
  durationMs: 1.5,
});

describe('batchedJsonLineLog', () => {
  it('writes the lines of one event-loop turn in one write, one JSON object per line, in order', async () => {
    const writes: string[] = [];
    const { log } = batchedJsonLineLog((text) => writes.push(text));
    log(entry('a'));
    log(entry('b'));
    log(entry('c'));
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    const lines = (writes[0] ?? '').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).requestId)).toEqual(['a', 'b', 'c']);
    log(entry('d'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([writes[0], `${JSON.stringify(entry('d'))}\n`]);
  });

  it('flush writes what is pending at once, and nothing when nothing is', () => {
    const writes: string[] = [];
    const { log, flush } = batchedJsonLineLog((text) => writes.push(text));
    flush();
    expect(writes).toEqual([]);
    log(entry('x'));
    flush();
    expect(writes).toEqual([`${JSON.stringify(entry('x'))}\n`]);
  });
});
