import { describe, expect, it } from 'vitest';
import { createR2FileStore, type R2BucketLike, type R2ObjectBodyLike } from './r2-file-store.ts';

/** The subset of R2 the store uses, in memory; copies bytes in and out as R2 does. */
function memoryBucket() {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string | undefined }>();
  const bucket: R2BucketLike = {
    async put(key, value, options) {
      const view =
        value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      objects.set(key, {
        bytes: view.slice(),
        contentType: options?.httpMetadata?.contentType,
      });
      return {};
    },
    async get(key): Promise<R2ObjectBodyLike | null> {
      const object = objects.get(key);
      if (!object) return null;
      return {
        httpMetadata: object.contentType ? { contentType: object.contentType } : {},
        arrayBuffer: async () => object.bytes.slice().buffer as ArrayBuffer,
      };
    },
    async delete(key) {
      objects.delete(key);
    },
  };
  return { bucket, objects };
}

describe('R2 file store (Workers identity scans)', () => {
  it('stores, reads back and deletes a file under the prefix, with its content type', async () => {
    const { bucket, objects } = memoryBucket();
    const store = createR2FileStore(bucket);
    const key = crypto.randomUUID();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await store.put(key, { bytes, contentType: 'image/jpeg' });
    expect([...objects.keys()]).toEqual([`id-scans/${key}`]);
    expect(await store.get(key)).toEqual({ bytes, contentType: 'image/jpeg' });
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(objects.size).toBe(0);
  });

  it('stores a view on part of a larger buffer as just that part', async () => {
    const { bucket } = memoryBucket();
    const store = createR2FileStore(bucket, 'scans/');
    const whole = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await store.put('abcdefgh', { bytes: whole.subarray(2, 5), contentType: 'application/pdf' });
    expect((await store.get('abcdefgh'))?.bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers null for an unknown key and refuses keys that could name other objects', async () => {
    const { bucket } = memoryBucket();
    const store = createR2FileStore(bucket);
    expect(await store.get(crypto.randomUUID())).toBeNull();
    for (const key of ['../secrets', 'a/b/c/d/e', 'short', '']) {
      await expect(store.get(key)).rejects.toThrow(/invalid file key/);
      await expect(
        store.put(key, { bytes: new Uint8Array(1), contentType: 'image/png' }),
      ).rejects.toThrow(/invalid file key/);
    }
  });

  it('falls back to application/octet-stream when an object has no content type', async () => {
    const { bucket } = memoryBucket();
    await bucket.put('id-scans/abcdefgh', new Uint8Array([1]));
    expect((await createR2FileStore(bucket).get('abcdefgh'))?.contentType).toBe(
      'application/octet-stream',
    );
  });
});
