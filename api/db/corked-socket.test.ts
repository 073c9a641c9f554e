import { describe, expect, it } from 'vitest';
import { type CloudflareSocketLike, corked } from './corked-socket.ts';

/**
 * The corking on a recording base socket (the real one exists only in workerd, where the API
 * suite's Workers leg runs every query through it).
 */
class RecordingSocket implements CloudflareSocketLike {
  static writes: string[] = [];
  constructor(readonly ssl: boolean) {}
  write(data: Uint8Array | string, _encoding?: BufferEncoding, callback?: () => void) {
    RecordingSocket.writes.push(typeof data === 'string' ? data : new TextDecoder().decode(data));
    callback?.();
    return true as const;
  }
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('CorkedCloudflareSocket', () => {
  const Socket = corked(RecordingSocket);

  it('writes what pg writes between cork() and uncork() once, in order, on uncork()', () => {
    RecordingSocket.writes = [];
    const socket = new Socket(false);
    socket.cork();
    socket.write(bytes('Parse;'));
    socket.write(bytes('Bind;'));
    socket.write(bytes('Execute;'));
    expect(RecordingSocket.writes).toEqual([]);
    socket.write('Sync;');
    socket.uncork();
    expect(RecordingSocket.writes).toEqual(['Parse;Bind;Execute;Sync;']);
  });

  it('writes at once outside a cork, and flushes only when the outermost cork is undone', () => {
    RecordingSocket.writes = [];
    const socket = new Socket(false);
    socket.write(bytes('startup'));
    expect(RecordingSocket.writes).toEqual(['startup']);
    socket.cork();
    socket.cork();
    socket.write(bytes('a'));
    socket.uncork();
    expect(RecordingSocket.writes).toEqual(['startup']);
    socket.uncork();
    socket.uncork(); // one too many: nothing to undo
    expect(RecordingSocket.writes).toEqual(['startup', 'a']);
  });

  it('calls every callback once its bytes are written, and never writes an empty cork', () => {
    RecordingSocket.writes = [];
    const socket = new Socket(false);
    const called: string[] = [];
    socket.cork();
    socket.uncork();
    expect(RecordingSocket.writes).toEqual([]);
    socket.cork();
    socket.write(bytes('x'), () => called.push('first'));
    socket.write(bytes('y'), 'utf8', () => called.push('second'));
    expect(called).toEqual([]);
    socket.uncork();
    expect(RecordingSocket.writes).toEqual(['xy']);
    expect(called).toEqual(['first', 'second']);
  });
});
