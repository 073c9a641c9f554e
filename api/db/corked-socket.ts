/**
 * `pg`'s socket on Workers, with the `cork()`/`uncork()` that its Node socket has.
 *
 * `pg` writes a parameterised query as five protocol messages (Parse, Bind, Describe, Execute,
 * Sync), one `write` each, between `cork()` and `uncork()` so that Node sends them in one
 * system call. `pg-cloudflare`'s socket has no `cork`, so on Workers each message was its own
 * write on the `cloudflare:sockets` stream: a promise, two callbacks and a native call per
 * message, five per statement, which its CPU profile showed among the heaviest functions of an
 * order. Corked, the messages are gathered and written once, in their order, on `uncork()`.
 * Writes outside a cork (the startup message, a simple query) go out as before.
 */
import * as pgCloudflare from 'pg-cloudflare';

type WriteCallback = (error?: unknown) => void;

/** What this module uses of `pg-cloudflare`'s socket (its types resolve only under `workerd`). */
export interface CloudflareSocketLike {
  write(data: Uint8Array | string, encoding?: BufferEncoding, callback?: WriteCallback): unknown;
}
export type CloudflareSocketClass = new (ssl: boolean) => CloudflareSocketLike;

/** The corked socket over a base socket class (exported for its tests). */
export function corked(Base: CloudflareSocketClass) {
  return class CorkedCloudflareSocket extends Base {
    #corked = 0;
    #chunks: Uint8Array[] = [];
    #callbacks: WriteCallback[] = [];

    cork(): void {
      this.#corked++;
    }

    uncork(): void {
      if (this.#corked === 0) return;
      this.#corked--;
      if (this.#corked === 0) this.#flush();
    }

    override write(
      data: Uint8Array | string,
      encodingOrCallback?: BufferEncoding | WriteCallback,
      callback?: WriteCallback,
    ): unknown {
      const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
      const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8';
      // Nothing gathered: the write goes out at once, as the base class does it (its empty
      // write, from `end()`, calls back at once, and the close follows).
      if (this.#corked === 0 && this.#chunks.length === 0) return super.write(data, encoding, done);
      const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
      if (bytes.length > 0) this.#chunks.push(bytes);
      if (done) this.#callbacks.push(done);
      // An `end()` or a write while not corked, behind gathered bytes: they go first.
      if (this.#corked === 0) this.#flush();
      return true;
    }

    #flush(): void {
      const chunks = this.#chunks;
      const callbacks = this.#callbacks;
      if (chunks.length === 0 && callbacks.length === 0) return;
      this.#chunks = [];
      this.#callbacks = [];
      const all =
        callbacks.length === 0
          ? undefined
          : (error?: unknown) => {
              for (const callback of callbacks) callback(error);
            };
      // One statement's messages, one chunk each: copied once into one write (none for one).
      const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
      super.write(bytes, 'utf8', all);
    }
  };
}

let CorkedSocket: ReturnType<typeof corked> | undefined;

/**
 * The `stream` option of a `pg` client or pool on Workers. Only there: elsewhere
 * `pg-cloudflare` exports nothing, and this throws.
 */
export function corkedCloudflareSocket(config?: { ssl?: unknown }): CloudflareSocketLike {
  if (!CorkedSocket) {
    const Base = (pgCloudflare as unknown as { CloudflareSocket?: CloudflareSocketClass })
      .CloudflareSocket;
    if (!Base)
      throw new Error('corkedCloudflareSocket: pg-cloudflare has no socket outside workerd');
    CorkedSocket = corked(Base);
  }
  return new CorkedSocket(Boolean(config?.ssl));
}
