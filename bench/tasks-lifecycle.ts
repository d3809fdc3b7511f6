import { hostFrames } from '../lib/frames/host-frames.js';
import { createRuntime } from '../lib/runtime/create-runtime.js';

const TIMEOUT_MS = 60_000;
const trivial = (): number => 1;
const noop = (): void => undefined;

/**
 * ns per task for `n` trivial tasks through the whole lifecycle (submitted, started,
 * completed) with `table$` subscribed, in one fresh runtime: one measurement, for
 * {@link interleaved}. Frames come from a host loop ticked back to back, so this measures
 * CPU, not waits between frames.
 *
 * @example
 * ```ts
 * oursNsPerTask(100_000, false);
 * ```
 */
export function oursNsPerTask(n: number, withTimeout: boolean): number {
  const options = withTimeout ? { timeout: TIMEOUT_MS } : undefined;
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames });
  const table = runtime.table$.subscribe(noop);
  const t0 = cpuMs();
  for (let i = 0; i < n; i++) runtime.run(trivial, options);
  while (host.tick());
  const spent = cpuMs() - t0;
  const rows = runtime.table$.value;
  if (rows.length !== n || rows[n - 1]?.status !== 'completed') throw new Error('bench: tasks did not complete');
  table.unsubscribe();
  runtime.dispose();
  return (spent * 1e6) / n;
}

/**
 * ns per task for the same trivial tasks through p-queue at the same (unlimited)
 * concurrency: one measurement, for {@link interleaved}.
 *
 * @example
 * ```ts
 * await pQueueNsPerTask(100_000, true);
 * ```
 */
export async function pQueueNsPerTask(n: number, withTimeout: boolean): Promise<number> {
  const { default: PQueue } = await import('p-queue');
  const options = withTimeout ? { timeout: TIMEOUT_MS } : {};
  const queue = new PQueue({ concurrency: Infinity });
  const t0 = cpuMs();
  for (let i = 0; i < n; i++) void queue.add(trivial, options);
  await queue.onIdle();
  return ((cpuMs() - t0) * 1e6) / n;
}

/**
 * Process CPU time in ms (user + system). The machine running the benches is shared, so
 * wall time mostly measures the neighbours; both sides are measured the same way.
 *
 * @example
 * ```ts
 * const t0 = cpuMs(); work(); const spent = cpuMs() - t0;
 * ```
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
