import { startField } from './workers-peers.js';
const { field, close } = startField();
const N = Number(process.env.SEQ ?? 1000);
const per = async (f: () => Promise<unknown>, n: number) => { const t0 = performance.now(); await f(); return ((performance.now() - t0) * 1000) / n; };
const which = (process.argv[2] ?? 'oursDirect,bare').split(',') as (keyof typeof field)[];
if (process.env.PIPE) for (let r = 0; r < 6; r++) for (const w of ['ours', 'piscina', 'workerpool', 'bare'] as const) await per(() => field[w].pipelined(10_000), 10_000);
const out: Record<string, number[]> = {};
for (let r = 0; r < 7; r++) for (const w of which) (out[w] ??= []).push(await per(() => field[w].sequential(N), N));
for (const w of which) { const s = out[w]!.sort((a, b) => a - b); console.log(w.padEnd(12), 'median', s[3]!.toFixed(1), 'µs  all', s.map((x) => x.toFixed(0)).join(' ')); }
await close();
