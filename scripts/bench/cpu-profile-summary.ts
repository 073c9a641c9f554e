/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by package or
 * source folder, and the heaviest functions, as shares of the profiled CPU time.
 * Used by `npm run bench:orders -- --cpu-prof <dir>`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<package>` or the project folder a script URL belongs to. */
function placeOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(api|machines|demo|scripts|widget)\/([^/]+)/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

/** A function's place for the lists of functions: its own file when it is the project's. */
function fileOf(url: string): string {
  const own = /\/((?:api|machines|demo|scripts|widget)\/[^?]+)/.exec(url);
  return own?.[1] ?? placeOf(url);
}

export function summariseCpuProfile(
  file: string,
  top = 12,
  inclusiveOf = /\/(api|machines)\//,
): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    busy += micros;
    const place = placeOf(frame.url);
    places.set(place, (places.get(place) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  // Inclusive time of the project's own functions (each sample counted once per function on
  // its stack): where a request's CPU goes, callees included.
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f || !inclusiveOf.test(f.url)) continue;
      const name = `${f.functionName || '(anonymous)'} ${fileOf(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `    ${((micros / busy) * 100).toFixed(1).padStart(5)} %  ${name}`);
  return [
    `  busy CPU in the profile: ${(busy / 1000).toFixed(0)} ms`,
    '  self time by place:',
    ...rows(places),
    '  heaviest functions (self time):',
    ...rows(functions),
    '  heaviest own functions (inclusive time):',
    ...rows(inclusive),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile>');
  console.log(summariseCpuProfile(file));
}
