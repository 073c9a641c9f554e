/**
 * Encryption at rest with envelope keys, Web Crypto only (Node and Workers alike).
 *
 * Each object gets its own random 256-bit data key; the content is sealed with
 * AES-256-GCM under that key, and the data key itself is sealed (wrapped) with
 * AES-256-GCM under a master key from configuration (`ENCRYPTION_KEYS`). The
 * stored form describes itself:
 *
 * | bytes | what |
 * |---|---|
 * | 3 | marker `CNE` (clear objects stored before encryption never start with it) |
 * | 1 | format version (1) |
 * | 1 + n | length and ASCII id of the master key that wrapped the data key |
 * | 12 | IV of the wrapping |
 * | 48 | wrapped data key (32 + 16 tag) |
 * | 12 | IV of the content |
 * | rest | ciphertext + 16-byte tag |
 *
 * A `context` (e.g. the object's storage key) is bound as additional data to
 * both seals, so that a stored object moved under another name no longer
 * opens. The content's additional data leaves the key id and the wrapped key
 * out: re-wrapping under a new master key (`rewrapEnvelope`) rewrites the
 * header only and never touches the ciphertext.
 */

const MARKER = [0x43, 0x4e, 0x45] as const; // "CNE"
const VERSION = 1;
const IV_BYTES = 12;
const DATA_KEY_BYTES = 32;
const WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16;
const TEXT_PREFIX = 'enc:';
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface MasterKey {
  id: string;
  key: CryptoKey;
}

/** The master keys: `current` wraps every new data key; the others still unwrap older objects. */
export interface KeyRing {
  current: MasterKey;
  byId: ReadonlyMap<string, MasterKey>;
}

/** A stored object that cannot be opened: unknown key id, tampered bytes, wrong context. */
export class UnreadableCiphertextError extends Error {
  override name = 'UnreadableCiphertextError';
}

export interface MasterKeySpec {
  id: string;
  bytes: Uint8Array;
}

/**
 * Parses `ENCRYPTION_KEYS`: `id:base64key,id:base64key…`, the first one
 * current. Ids are 1–32 of `[A-Za-z0-9_-]`, each key 32 bytes in standard or
 * URL-safe base64. Throws an Error naming the problem (never the key).
 */
export function parseKeyRingSpec(spec: string): MasterKeySpec[] {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('ENCRYPTION_KEYS names no key');
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    if (!keyIdPattern.test(id)) {
      throw new Error(
        `ENCRYPTION_KEYS entry ${index + 1} must be "<id>:<base64 key>" with an id of 1–32 letters, digits, - or _`,
      );
    }
    if (seen.has(id)) throw new Error(`ENCRYPTION_KEYS names key "${id}" twice`);
    seen.add(id);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(entry.slice(colon + 1));
    } catch {
      throw new Error(`ENCRYPTION_KEYS key "${id}" is not base64`);
    }
    if (bytes.length !== DATA_KEY_BYTES) {
      throw new Error(`ENCRYPTION_KEYS key "${id}" must be 32 bytes (got ${bytes.length})`);
    }
    return { id, bytes };
  });
}

/** A key ring from `ENCRYPTION_KEYS` (see `parseKeyRingSpec`). */
export async function importKeyRing(spec: string | readonly MasterKeySpec[]): Promise<KeyRing> {
  const specs = typeof spec === 'string' ? parseKeyRingSpec(spec) : spec;
  const keys = await Promise.all(
    specs.map(async ({ id, bytes }) => ({
      id,
      key: await crypto.subtle.importKey(
        'raw',
        bytes as Uint8Array<ArrayBuffer>,
        { name: 'AES-GCM' },
        false,
        ['encrypt', 'decrypt'],
      ),
    })),
  );
  const [current] = keys;
  if (!current) throw new Error('ENCRYPTION_KEYS names no key');
  return { current, byId: new Map(keys.map((k) => [k.id, k])) };
}

/** Id of the development master key (demo and tests only). */
export const DEVELOPMENT_KEY_ID = 'dev';

/**
 * The development master key: derived from a fixed, public string, so that a
 * demo's data stays readable across restarts and tests agree with the test
 * worker. It protects nothing; production refuses to start with it.
 */
export async function developmentKeyRing(): Promise<KeyRing> {
  return importKeyRing([{ id: DEVELOPMENT_KEY_ID, bytes: await developmentKeyBytes() }]);
}

/** The development key as an ENCRYPTION_KEYS entry (`dev:…`), for test workers started without TEST_HOOKS. */
export async function developmentKeyEntry(): Promise<string> {
  return `${DEVELOPMENT_KEY_ID}:${toBase64(await developmentKeyBytes())}`;
}

async function developmentKeyBytes(): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    encoder.encode('certinomis-order development master key: public, never for production data'),
  );
  return new Uint8Array(digest);
}

/** A new `id:base64` entry for `ENCRYPTION_KEYS` (32 random bytes). */
export function generateMasterKeyEntry(id: string): string {
  if (!keyIdPattern.test(id)) throw new Error('a key id is 1–32 letters, digits, - or _');
  return `${id}:${toBase64(crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES)))}`;
}

/** Whether `bytes` start with the stored format's marker (otherwise: a clear object from before). */
export function isEnvelope(bytes: Uint8Array): boolean {
  return bytes.length > 4 && MARKER.every((b, i) => bytes[i] === b);
}

/** The id of the master key that wrapped this envelope's data key, or null when not an envelope. */
export function envelopeKeyId(bytes: Uint8Array): string | null {
  if (!isEnvelope(bytes)) return null;
  try {
    return parse(bytes).keyId;
  } catch {
    return null;
  }
}

/** Seals `plaintext` under a fresh data key wrapped by the ring's current master key. */
export async function encryptBytes(
  ring: KeyRing,
  plaintext: Uint8Array,
  context: string,
): Promise<Uint8Array> {
  const dataKeyBytes = crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
  const dataKey = await importDataKey(dataKeyBytes);
  const contentIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: contentIv, additionalData: contentAad(context) },
      dataKey,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
  const header = await wrapHeader(ring.current, dataKeyBytes, context);
  dataKeyBytes.fill(0);
  return concat(header, contentIv, ciphertext);
}

/** Opens an envelope made by `encryptBytes` with the same `context`; throws UnreadableCiphertextError. */
export async function decryptBytes(
  ring: KeyRing,
  stored: Uint8Array,
  context: string,
): Promise<Uint8Array> {
  const envelope = parseOrRefuse(stored);
  const dataKeyBytes = await unwrap(ring, envelope, context);
  try {
    const dataKey = await importDataKey(dataKeyBytes);
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: envelope.contentIv as Uint8Array<ArrayBuffer>,
          additionalData: contentAad(context),
        },
        dataKey,
        envelope.ciphertext as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw new UnreadableCiphertextError('the stored object does not open (altered or misplaced)');
  } finally {
    dataKeyBytes.fill(0);
  }
}

/**
 * The envelope with its data key wrapped again under the ring's current master
 * key (the ciphertext is kept as is), or null when it already is. Throws
 * UnreadableCiphertextError when its key is not in the ring or it was altered.
 */
export async function rewrapEnvelope(
  ring: KeyRing,
  stored: Uint8Array,
  context: string,
): Promise<Uint8Array | null> {
  const envelope = parseOrRefuse(stored);
  if (envelope.keyId === ring.current.id) return null;
  const dataKeyBytes = await unwrap(ring, envelope, context);
  try {
    const header = await wrapHeader(ring.current, dataKeyBytes, context);
    return concat(header, envelope.contentIv, envelope.ciphertext);
  } finally {
    dataKeyBytes.fill(0);
  }
}

/** Whether a text column holds an `encryptText` value (otherwise: a clear value from before). */
export function isEncryptedText(value: string): boolean {
  return value.startsWith(TEXT_PREFIX);
}

/** A short secret (e.g. a webhook signing key) as text: `enc:` + base64url of the envelope. */
export async function encryptText(ring: KeyRing, text: string, context: string): Promise<string> {
  return TEXT_PREFIX + toBase64Url(await encryptBytes(ring, encoder.encode(text), context));
}

export async function decryptText(ring: KeyRing, stored: string, context: string): Promise<string> {
  return decoder.decode(await decryptBytes(ring, textEnvelope(stored), context));
}

/** `rewrapEnvelope` for `encryptText` values: null when already under the current key. */
export async function rewrapText(
  ring: KeyRing,
  stored: string,
  context: string,
): Promise<string | null> {
  const rewrapped = await rewrapEnvelope(ring, textEnvelope(stored), context);
  return rewrapped ? TEXT_PREFIX + toBase64Url(rewrapped) : null;
}

/** The master key id of an `encryptText` value, or null when it is clear or malformed. */
export function encryptedTextKeyId(stored: string): string | null {
  try {
    return envelopeKeyId(textEnvelope(stored));
  } catch {
    return null;
  }
}

// --- internals ---------------------------------------------------------------

interface Envelope {
  keyId: string;
  /** Marker, version and key id: the additional data of the wrapping. */
  prefix: Uint8Array;
  wrapIv: Uint8Array;
  wrappedKey: Uint8Array;
  contentIv: Uint8Array;
  ciphertext: Uint8Array;
}

function parse(bytes: Uint8Array): Envelope {
  if (!isEnvelope(bytes)) throw new Error('not an envelope');
  if (bytes[3] !== VERSION) throw new Error(`unknown envelope version ${bytes[3]}`);
  const idLength = bytes[4] ?? 0;
  let offset = 5;
  const keyId = decoder.decode(bytes.subarray(offset, offset + idLength));
  if (!keyIdPattern.test(keyId)) throw new Error('malformed key id');
  offset += idLength;
  const prefix = bytes.subarray(0, offset);
  const wrapIv = bytes.subarray(offset, offset + IV_BYTES);
  offset += IV_BYTES;
  const wrappedKey = bytes.subarray(offset, offset + WRAPPED_KEY_BYTES);
  offset += WRAPPED_KEY_BYTES;
  const contentIv = bytes.subarray(offset, offset + IV_BYTES);
  offset += IV_BYTES;
  const ciphertext = bytes.subarray(offset);
  if (ciphertext.length < 16) throw new Error('truncated envelope');
  return { keyId, prefix, wrapIv, wrappedKey, contentIv, ciphertext };
}

function parseOrRefuse(bytes: Uint8Array): Envelope {
  try {
    return parse(bytes);
  } catch (error) {
    throw new UnreadableCiphertextError(`not a readable envelope: ${(error as Error).message}`);
  }
}

async function wrapHeader(
  master: MasterKey,
  dataKeyBytes: Uint8Array,
  context: string,
): Promise<Uint8Array> {
  const id = encoder.encode(master.id);
  const prefix = concat(new Uint8Array([...MARKER, VERSION, id.length]), id);
  const wrapIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: wrapIv, additionalData: concat(prefix, encoder.encode(context)) },
      master.key,
      dataKeyBytes as Uint8Array<ArrayBuffer>,
    ),
  );
  return concat(prefix, wrapIv, wrapped);
}

async function unwrap(ring: KeyRing, envelope: Envelope, context: string): Promise<Uint8Array> {
  const master = ring.byId.get(envelope.keyId);
  if (!master) {
    throw new UnreadableCiphertextError(`master key "${envelope.keyId}" is not in ENCRYPTION_KEYS`);
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: envelope.wrapIv as Uint8Array<ArrayBuffer>,
          additionalData: concat(envelope.prefix, encoder.encode(context)),
        },
        master.key,
        envelope.wrappedKey as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw new UnreadableCiphertextError('the data key does not unwrap (altered or misplaced)');
  }
}

function importDataKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

function contentAad(context: string): Uint8Array<ArrayBuffer> {
  return concat(new Uint8Array([...MARKER, VERSION]), encoder.encode(context));
}

function textEnvelope(stored: string): Uint8Array {
  if (!isEncryptedText(stored)) throw new UnreadableCiphertextError('not an encrypted value');
  try {
    return fromBase64(stored.slice(TEXT_PREFIX.length));
  } catch {
    throw new UnreadableCiphertextError('not an encrypted value');
  }
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Standard or URL-safe base64, padding optional. */
function fromBase64(text: string): Uint8Array {
  const normal = text.trim().replaceAll('-', '+').replaceAll('_', '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) throw new Error('not base64');
  const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
