// What a surviving row copy costs, for diagnosis (not part of `npm run bench`): 100k rows of
// the table's 17 fields, each copied once and kept (as the table keeps a started task's
// row), optionally with a snapshot (`rows.slice()`) every K copies; ten runs on a collected
// heap, printing CPU ns per copy. Compare a young generation large enough that no scavenge
// runs during a run:
//   node --expose-gc scripts/run-ts.mjs bench/row-copy-gc.ts 0
//   node --expose-gc --max-semi-space-size=256 scripts/run-ts.mjs bench/row-copy-gc.ts 0
import { floorRow, type FloorRow } from './tasks-floor.js';
import { exposeGc } from './tasks-heap.js';
import { cpuMs } from './tasks-lifecycle.js';

const N = 100_000;
const every = Number(process.argv[2] ?? 0);
const gc = exposeGc();
if (gc === undefined) throw new Error('bench: cannot expose the garbage collector');
const copy = (r: FloorRow, at: number): FloorRow => floorRow(r.id, 'completed', r.createdAt, at, at + 1);
const out: number[] = [];
let kept: readonly FloorRow[] = [];
for (let run = 0; run < 10; run++) {
  gc();
  const t = performance.now();
  const rows: FloorRow[] = [];
  for (let i = 0; i < N; i++) rows.push(floorRow(`r-${i}`, 'pending', t, undefined, undefined));
  kept = rows.slice();
  const t0 = cpuMs();
  for (let i = 0; i < N; i++) {
    rows[i] = copy(rows[i] as FloorRow, t + i);
    if (every > 0 && i % every === 0) kept = rows.slice();
  }
  out.push(Math.round(((cpuMs() - t0) * 1e6) / N));
}
console.log(`ns per kept row copy (snapshot every ${every || 'never'}): ${out.join(' ')} (${kept.length} rows)`);
