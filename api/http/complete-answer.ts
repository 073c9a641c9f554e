/**
 * Answers made whole by their route: every header they must carry (the route's own, the
 * security headers, CORS) was set when the answer was made, in one go (`sendWholeJson`), so the
 * middleware that would add theirs afterwards (`securityHeaders`, the partner key's CORS) leave
 * them as they are. Writing a made answer's headers one by one, each middleware in turn, was a
 * quarter of a cacheable read's server CPU (issue 21). Any other answer (a 304, a refusal, an
 * error, every other route) gets its headers afterwards as before.
 */
const complete = Symbol('complete answer');

/** A mark on the answer itself: a WeakSet entry per answer cost 0.4–1.1 µs with its GC, this 0–0.05. */
type Marked = Response & { [complete]?: true };

export function markComplete(answer: Response): Response {
  (answer as Marked)[complete] = true;
  return answer;
}

export function isComplete(answer: Response): boolean {
  return (answer as Marked)[complete] === true;
}
