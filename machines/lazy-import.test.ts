import { afterEach, describe, expect, it } from 'vitest';
import { type LazyLoader, lazyImport, setLazyLoader } from './lazy-import.ts';

const asIs: LazyLoader = (_key, load) => load();
afterEach(() => setLazyLoader(asIs));

describe('lazyImport', () => {
  it('imports as is until a loader is installed', async () => {
    await expect(lazyImport('machines/x.ts', async () => 'module')).resolves.toBe('module');
  });

  it('goes through the installed loader, which may refuse the module', async () => {
    const asked: string[] = [];
    setLazyLoader(async (key, load) => {
      asked.push(key);
      if (key === 'machines/tampered.ts') throw new Error(`${key}: integrity mismatch`);
      return load();
    });
    await expect(lazyImport('machines/x.ts', async () => 'module')).resolves.toBe('module');
    let ran = false;
    await expect(
      lazyImport('machines/tampered.ts', async () => {
        ran = true;
        return 'module';
      }),
    ).rejects.toThrow(/integrity/);
    expect(ran).toBe(false);
    expect(asked).toEqual(['machines/x.ts', 'machines/tampered.ts']);
  });
});
