import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from '../ports/file-store.ts';

/**
 * Node: files under `root`, one per key (keys are generated UUIDs, checked
 * here so that no key can name a path outside `root`); the content type in
 * a sidecar `.type` file.
 */
export function createFsFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    if (!/^[A-Za-z0-9_-]{8,128}$/.test(key)) throw new Error(`invalid file key ${key}`);
    return join(root, key);
  };
  return {
    async put(key, file) {
      await mkdir(root, { recursive: true });
      await writeFile(`${pathOf(key)}.type`, file.contentType);
      await writeFile(pathOf(key), file.bytes, { flag: 'wx' });
    },
    async replace(key, file) {
      // Written beside, then renamed over: a crash leaves the old file or the new one, never half.
      const temporary = `${pathOf(key)}.${crypto.randomUUID()}.tmp`;
      await writeFile(temporary, file.bytes, { flag: 'wx' });
      await rename(temporary, pathOf(key));
      await writeFile(`${pathOf(key)}.type`, file.contentType);
    },
    async get(key) {
      try {
        const [bytes, contentType] = await Promise.all([
          readFile(pathOf(key)),
          readFile(`${pathOf(key)}.type`, 'utf8'),
        ]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
      await rm(`${pathOf(key)}.type`, { force: true });
    },
  };
}
