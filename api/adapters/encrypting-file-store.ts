import type { FileStore, StoredFile } from '../ports/file-store.ts';
import {
  decryptBytes,
  encryptBytes,
  isEnvelope,
  type KeyRing,
  UnreadableCiphertextError,
} from '../security/encryption.ts';

/** The additional data an object is sealed with: its storage key (a blob moved under another key no longer opens). */
export const fileContext = (key: string) => `file:${key}`;

export interface EncryptingFileStoreOptions {
  /** Told when a stored object does not open (altered, misplaced, key removed); it then reads as missing. */
  onUnreadable?: (key: string, error: UnreadableCiphertextError) => void;
}

/**
 * A FileStore decorator: whatever the backend (Postgres, file system, R2),
 * the bytes it keeps are an envelope (api/security/encryption.ts) sealed
 * under a per-object data key wrapped by the current master key. Reading
 * opens envelopes and passes clear objects stored before encryption through
 * (told apart by the envelope's marker). An object that does not open reads
 * as missing — the API answers 404, never 500 — and is reported.
 */
export function createEncryptingFileStore(
  inner: FileStore,
  keys: KeyRing | Promise<KeyRing>,
  options: EncryptingFileStoreOptions = {},
): FileStore {
  const onUnreadable =
    options.onUnreadable ??
    ((key, error) => console.error(`file store: object ${key} is unreadable: ${error.message}`));
  const seal = async (key: string, file: StoredFile): Promise<StoredFile> => ({
    bytes: await encryptBytes(await keys, file.bytes, fileContext(key)),
    contentType: file.contentType,
  });
  return {
    async put(key, file) {
      await inner.put(key, await seal(key, file));
    },
    async replace(key, file) {
      await inner.replace(key, await seal(key, file));
    },
    async get(key) {
      const stored = await inner.get(key);
      if (!stored || !isEnvelope(stored.bytes)) return stored;
      try {
        return {
          bytes: await decryptBytes(await keys, stored.bytes, fileContext(key)),
          contentType: stored.contentType,
        };
      } catch (error) {
        if (!(error instanceof UnreadableCiphertextError)) throw error;
        onUnreadable(key, error);
        return null;
      }
    },
    delete: (key) => inner.delete(key),
  };
}
