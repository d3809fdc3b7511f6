import { interleaved, ratio, record } from './interleaved.js';
import { usPerValue, type Contestant } from './pipelines-run.js';

const N = 100_000;

/**
 * Issue 10's benchmark: µs per value through `switchTask` / `concatTask` (trivial
 * synchronous work, table subscribed), side by side with a bare `run()` per value, plain
 * `switchMap` / `concatMap` over `runtime.task()` and over `of()`; interleaved rounds,
 * median with min and max. `pipelines.vsBareTask` is the worse policy's per-value cost over
 * a bare task's (goal ≤ 1.2).
 */
export default async function pipelinesBench(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const n = Number(process.env.PIPELINES_N ?? N);
  const worst: number[] = [];
  for (const policy of ['switch', 'concat'] as const) {
    const run = (who: Contestant) => () => usPerValue(policy, who, n);
    const r = await interleaved({
      bareRun: run('bareRun'),
      policy: run('policy'),
      rxjsOverTask: run('rxjsOverTask'),
      rxjsOverOf: run('rxjsOverOf'),
    });
    record(m, `pipelines.usPerValue.${policy}`, r.policy);
    record(m, `pipelines.usPerValue.${policy}.bareRun`, r.bareRun);
    record(m, `pipelines.usPerValue.${policy}.rxjsOverTask`, r.rxjsOverTask);
    record(m, `pipelines.usPerValue.${policy}.rxjsOverOf`, r.rxjsOverOf);
    const vs = ratio(r.policy, r.bareRun);
    record(m, `pipelines.vsBareTask.${policy}`, vs);
    worst.push(vs.median);
  }
  m['pipelines.vsBareTask'] = Math.max(...worst);
  console.table(Object.entries(m).map(([metric, value]) => ({ metric, value: Math.round(value * 1000) / 1000 })));
  return m;
}
