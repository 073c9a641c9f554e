import type { FileStore, StoredFile } from '../ports/file-store.ts';

/**
 * The part of a Workers R2 bucket binding (`env.ID_SCANS`) this store uses,
 * typed here so that the API needs no Workers type package.
 */
export interface R2BucketLike {
  put(
    key: string,
    value: ArrayBuffer | ArrayBufferView,
    options?: { httpMetadata?: { contentType?: string } },
  ): Promise<unknown>;
  get(key: string): Promise<R2ObjectBodyLike | null>;
  delete(key: string): Promise<void>;
}

export interface R2ObjectBodyLike {
  httpMetadata?: { contentType?: string } | undefined;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Workers: identity scans as objects of an R2 bucket, under `prefix` + key
 * (keys are generated UUIDs, checked as in the file-system store), the content
 * type in the object's HTTP metadata. Bytes never pass through Postgres.
 */
export function createR2FileStore(bucket: R2BucketLike, prefix = 'id-scans/'): FileStore {
  const objectKey = (key: string) => {
    if (!/^[A-Za-z0-9_-]{8,128}$/.test(key)) throw new Error(`invalid file key ${key}`);
    return `${prefix}${key}`;
  };
  return {
    async put(key, file) {
      await bucket.put(objectKey(key), file.bytes, {
        httpMetadata: { contentType: file.contentType },
      });
    },
    async replace(key, file) {
      // An R2 put replaces the whole object atomically.
      await bucket.put(objectKey(key), file.bytes, {
        httpMetadata: { contentType: file.contentType },
      });
    },
    async get(key): Promise<StoredFile | null> {
      const object = await bucket.get(objectKey(key));
      if (!object) return null;
      return {
        bytes: new Uint8Array(await object.arrayBuffer()),
        contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      await bucket.delete(objectKey(key));
    },
  };
}
