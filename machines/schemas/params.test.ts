import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  calendarDateSchema,
  cursorTimestampSchema,
  isCalendarDate,
  isMicrosecondTimestamp,
  orderReferenceSchema,
  queryInteger,
  queryText,
  uuidSchema,
} from './params.ts';

const messages = (schema: v.GenericSchema, input: unknown) =>
  (v.safeParse(schema, input).issues ?? []).map((issue) => issue.message);

describe('ids in paths', () => {
  it('takes a UUID, lowercased', () => {
    expect(v.parse(uuidSchema, '0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });

  it.each([
    ['36 dashes', '-'.repeat(36)],
    ['36 hex digits', 'a'.repeat(36)],
    ['dashes misplaced', '0f8fad5bd-9cb-469f-a165-70867728950e'],
    ['a NUL', '0f8fad5b-d9cb-469f-a165-70867728950\u0000'],
    ['a non-hex digit', '0f8fad5b-d9cb-469f-a165-70867728950g'],
    ['braces', '{0f8fad5b-d9cb-469f-a165-70867728950e}'],
    ['empty', ''],
  ])('refuses %s', (_name, id) => {
    expect(messages(uuidSchema, id)).toEqual(['validation.id_format']);
  });

  it('takes an order reference with its check digit, uppercased, and nothing else', () => {
    expect(v.parse(orderReferenceSchema, 'bd17640000000')).toBe('BD17640000000');
    for (const reference of [
      'BD17640000001',
      'BD1764',
      'BD\u000017640000000',
      '%',
      'x'.repeat(5000),
    ])
      expect(messages(orderReferenceSchema, reference), reference).toEqual([
        'validation.id_format',
      ]);
  });
});

describe('numbers in query strings', () => {
  const limit = queryInteger(1, 200);

  it('takes decimal integers within bounds', () => {
    expect(v.parse(limit, '1')).toBe(1);
    expect(v.parse(limit, '200')).toBe(200);
    expect(v.parse(queryInteger(0, 100_000), '0')).toBe(0);
  });

  it.each([
    ['1e20', 'validation.integer'],
    ['1e2', 'validation.integer'],
    ['0x10', 'validation.integer'],
    [' 5', 'validation.integer'],
    ['5.0', 'validation.integer'],
    ['', 'validation.integer'],
    ['Infinity', 'validation.integer'],
    ['99999999999999999999', 'validation.integer'],
    ['0', 'validation.too_small'],
    ['-1', 'validation.too_small'],
    ['201', 'validation.too_large'],
    ['9999999999999999', 'validation.too_large'],
  ])('refuses %j', (input, message) => {
    expect(messages(limit, input)).toEqual([message]);
  });
});

describe('dates and cursor timestamps', () => {
  it.each(['2026-02-28', '2024-02-29', '0001-01-01', '9999-12-31'])('takes %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(v.is(calendarDateSchema, date)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '2026-1-1',
    '20260101',
    '2026-01-01T00:00:00Z',
  ])('refuses %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(messages(calendarDateSchema, date)).toEqual(['validation.date']);
  });

  it('takes the microsecond timestamps the API writes in cursors, and no impossible instant', () => {
    expect(isMicrosecondTimestamp('2026-11-26T09:30:00.123456Z')).toBe(true);
    for (const text of [
      '2026-02-30T09:30:00.123456Z',
      '2026-11-26T24:00:00.000000Z',
      '2026-11-26T23:60:00.000000Z',
      '2026-11-26T23:59:60.000000Z',
      '2026-11-26T09:30:00Z',
      '2026-11-26T09:30:00.123456+01:00',
      '+275760-09-13T00:00:00.000000Z',
    ]) {
      expect(isMicrosecondTimestamp(text), text).toBe(false);
      expect(messages(cursorTimestampSchema, text)).toEqual(['validation.cursor']);
    }
  });
});

describe('free-text filters', () => {
  it('trims, bounds and refuses NUL and lone surrogates', () => {
    expect(v.parse(queryText(20), '  BD176 ')).toBe('BD176');
    expect(messages(queryText(20), 'BD\u0000')).toEqual(['validation.text_characters']);
    expect(messages(queryText(20), '\ud800')).toEqual(['validation.text_characters']);
    expect(messages(queryText(3), 'abcd')).toEqual(['validation.too_long']);
  });
});
