/**
 * fast-check arbitraries of malformed HTTP input for the route fuzz suite
 * (api/fuzz/*.fuzz.test.ts, requests built in api/testing/fuzz-requests.ts): hostile strings, path segments and query
 * strings as they travel in a URL, header values, and bodies — random JSON,
 * near-valid bodies with one field corrupted, text that is no JSON, forms.
 */
import fc from 'fast-check';

/** Strings a tester tries first: what broke Postgres casts, decoding and bounds before. */
export const hostileConstants = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00',
  '\u202eevil',
  '\u0007\u001b[31m',
  '%',
  '%25',
  '%ff',
  '%00',
  '-'.repeat(36),
  'f'.repeat(36),
  '0123456789abcdef-0123456789abcdef--',
  '00000000-0000-0000-0000-000000000000',
  '1e20',
  '1e300',
  '-1',
  '0',
  '-0',
  '0x10',
  'NaN',
  'Infinity',
  '9'.repeat(30),
  'null',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  "'; drop table orders; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'BD17640000000',
  'BD00000000000',
  '81234567600017',
  'x'.repeat(5000),
  '😀'.repeat(300),
  '東京都',
];

/** One character a buyer might type, of any script, or a URL/JSON metacharacter. */
const typedUnit = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('%', '/', '?', '#', '&', '=', '+', '"', "'", '\\') },
);

/** One code unit biased towards what breaks things: NUL, controls, lone surrogates, bidi. */
const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: typedUnit },
  { weight: 2, arbitrary: fc.constantFrom('\u0000', '\u0001', '\n', '\t', '\u007f', '\u0085') },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map(String.fromCharCode) },
  { weight: 1, arbitrary: fc.constantFrom('\u202a', '\u202e', '\u2066', '\u200f', '\u061c') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map(String.fromCharCode) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Text a buyer could type, in any script (it passes the schemas and gets stored). */
export const typedString: fc.Arbitrary<string> = fc.string({
  unit: typedUnit,
  minLength: 1,
  maxLength: 40,
});

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileConstants) },
  // Text a buyer could type (any script): it passes the schemas and reaches the database,
  // the machine and the documents.
  { weight: 4, arbitrary: typedString },
  { weight: 2, arbitrary: fc.string({ unit: hostileUnit, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', '\u0000', '9', '-', '%', 'é'),
        fc.integer({ min: 200, max: 20000 }),
      )
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Percent escapes that are no UTF-8, or no escape at all. */
const percentGarbage = fc.constantFrom(
  '%',
  '%z',
  '%zz',
  '%ff',
  '%c3',
  '%e0%a4',
  '%c0%af',
  '%ed%a0%80',
  '%%',
  '%2',
);

/** `encodeURIComponent`, except that a lone surrogate is written as its (invalid) CESU-8 bytes. */
export function encodeComponent(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
      }
      return encodeURIComponent(char);
    })
    .join('');
}

/**
 * A URL component as it may arrive: a string properly encoded, encoded twice, with raw percent
 * garbage spliced in, or raw ASCII the URL parser escapes itself.
 */
export const urlComponent = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: valid.map(encodeComponent) },
    { weight: 4, arbitrary: hostileString.map(encodeComponent) },
    { weight: 1, arbitrary: hostileString.map((s) => encodeComponent(encodeComponent(s))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          hostileString.map(encodeComponent),
          percentGarbage,
          hostileString.map(encodeComponent),
        )
        .map(([a, b, c]) => `${a}${b}${c}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme-ascii', maxLength: 30 })
        .map((s) => s.replace(/[/?#%]/g, '')),
    },
  );

/** The query parameters the routes read, and a few they do not. */
const queryKeys = [
  'status',
  'cursor',
  'limit',
  'offset',
  'reference',
  'siret',
  'organisation',
  'paymentMethod',
  'mode',
  'express',
  'from',
  'to',
  'channel',
  'locale',
];

const cursorValue = fc
  .array(
    fc.oneof(
      hostileString,
      fc.double(),
      fc.integer(),
      fc.constantFrom(
        '2026-02-30T10:00:00.000000Z',
        '2026-11-26T10:00:00.000000Z',
        '0f8fad5b-d9cb-469f-a165-70867728950e',
        1e300,
        -1,
        1,
      ),
    ),
    { maxLength: 4 },
  )
  .map((values) => {
    const json = JSON.stringify(values);
    // btoa takes Latin-1 only: anything else is sent as its UTF-8 bytes.
    const bytes = new TextEncoder().encode(json);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  });

const queryValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: cursorValue },
  { weight: 1, arbitrary: fc.integer().map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'fr',
      'en',
      'live',
      'test',
      'true',
      'false',
      'email',
      'webhook',
      'in_review',
      'transfer',
    ),
  },
);

/** Known parameters with plausible values, one of them maybe hostile (properly encoded). */
export const plausibleQueryString: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...queryKeys), queryValue), { maxLength: 3 })
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : `?${pairs.map(([k, value]) => `${k}=${encodeComponent(value)}`).join('&')}`,
  );

export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...queryKeys) },
        { weight: 1, arbitrary: hostileString },
      ),
      fc.oneof(
        { weight: 5, arbitrary: urlComponent(queryValue) },
        { weight: 1, arbitrary: percentGarbage },
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : `?${pairs.map(([k, value]) => `${encodeComponent(k)}=${value}`).join('&')}`,
  );

/** A header value a client can send: visible ASCII and spaces, sometimes Latin-1. */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode),
      maxLength: 80,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc
        .integer({ min: 0x20, max: 0xff })
        .filter((c) => c < 0x7f || c > 0x9f)
        .map(String.fromCharCode),
      maxLength: 40,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(4000), '"', 'W/"', '""', ',', ';') },
);

/** Any JSON value, strings of any code unit included (lone surrogates travel as `\ud800`). */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A value put in place of one field of a valid body. */
export const corruptValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e300,
      -1e300,
      2 ** 53,
      1e20,
      [],
      {},
      ['x'],
      {
        a: 1,
      },
    ),
  },
  { weight: 1, arbitrary: anyJson },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

type Json = unknown;

/** The dotted paths of every leaf (and every object or array) of a JSON value. */
function pathsOf(value: Json, prefix: string[] = []): string[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, String(i)]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

/** `body` with the field at one of its paths (chosen by `pick`) replaced by `replacement`. */
export function corrupt(body: Json, pick: number, replacement: unknown): Json {
  const copy = structuredClone(body) as Record<string, unknown>;
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length] ?? [];
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1);
  if (last === undefined) return replacement;
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** A valid body with one field corrupted, or one extra hostile field. */
export const nearValid = (valid: readonly Json[]): fc.Arbitrary<Json> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...valid), fc.nat(), corruptValue)
        .map(([body, pick, value]) => corrupt(body, pick, value)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...valid) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...valid), hostileString, anyJson)
        .map(([body, key, value]) => ({ ...(body as object), [key]: value })),
    },
  );
