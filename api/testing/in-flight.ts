import http from 'node:http';

/**
 * A POST the server has started on (its headers taken in, answered `100 Continue`) whose body
 * waits for `finish()`: a request in flight, for shutdown tests.
 */
export function postInFlight(port: number, path: string, body: string) {
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path,
    agent: false,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      Expect: '100-continue',
    },
  });
  const answered = new Promise<{ status: number }>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
    });
    request.on('error', reject);
  });
  answered.catch(() => {});
  const started = new Promise<void>((resolve) => request.on('continue', () => resolve()));
  request.flushHeaders();
  return { started, answered, finish: () => request.end(body) };
}

/** Polls `condition` until it holds (20 s at most). */
export async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

/** Whether a new connection to `url` is refused. */
export const refused = (url: string) =>
  fetch(url).then(
    () => false,
    () => true,
  );
