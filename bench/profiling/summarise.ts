// Summarises .cpuprofile files: self time by function and by package/file, to see where a process's CPU goes.
//   node --import tsx bench/profiling/summarise.ts /tmp/dmh-prof/api-main-*.cpuprofile [top]
import * as fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function where(url: string): string {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.startsWith('node:')) return url;
  const own = url.match(/\/work\/main\/(.*)$/);
  return own ? own[1] : url || '(native)';
}

const [, , ...args] = process.argv;
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 25);
for (const file of args.filter((a) => a.endsWith('.cpuprofile'))) {
  const p: Profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const totalUs = p.endTime - p.startTime;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id) as Node;
    const name = n.callFrame.functionName || '(anonymous)';
    const key = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : `${name}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const pk = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : where(n.callFrame.url).replace(/\/dist\/.*$/, '/dist').replace(/\/src\/.*$/, '/src');
    pkg.set(pk, (pkg.get(pk) ?? 0) + us);
  }
  const busy = totalUs - (fn.get('(idle)') ?? 0);
  console.log(`\n== ${file}: ${(totalUs / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(2)} s busy (${((busy / totalUs) * 100).toFixed(0)} %)`);
  const show = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, us]) => console.log(`${((us / busy) * 100).toFixed(1).padStart(6)} %  ${k}`));
  console.log('-- by package / file (share of busy time)');
  show(pkg, 15);
  console.log('-- by function');
  show(fn, top);
}
