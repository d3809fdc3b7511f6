import { tap } from 'rxjs';
import { intervalFrames } from '../lib/frames/interval-frames.js';
import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { FrameStats } from '../lib/scheduler/frame-stats.js';
import { GcPauses } from './budget-gc.js';
import { summarise, type BusyWorkload, type PacingRun } from './budget-pacing-run.js';
import { mainThreadCpuUs } from './workers-main-thread-cpu.js';
import { spinMs } from './workers-spin.js';

export type { BusyWorkload, PacingRun } from './budget-pacing-run.js';

/**
 * Runs the workload on real `intervalFrames(fps)` with a `budgetMs` budget and reports the
 * per-frame busy time (from `stats$`) and how close completion came to the frame-paced
 * best: ceil(total work ÷ budget) frames × the nominal frame interval.
 *
 * @example
 * ```ts
 * const run = await budgetedRun({ items: 20_000, itemMs: 0.05 }, 60, 8);
 * ```
 */
export function budgetedRun(work: BusyWorkload, fps: number, budgetMs: number): Promise<PacingRun> {
  // The CPU clock starts on each tick, before the frame runs, and stops at its stats.
  let cpu = process.cpuUsage();
  let tick = 0;
  let mainCpu = 0;
  const frames = intervalFrames(fps).pipe(
    tap(() => {
      tick = performance.now();
      cpu = process.cpuUsage();
      mainCpu = mainThreadCpuUs();
    }),
  );
  const gc = new GcPauses();
  const windows: (readonly [number, number])[] = [];
  const scheduler = new FrameScheduler({ frames, budgetMs });
  scheduler.measureActions = true;
  const stats: FrameStats[] = [];
  const cpuMs: number[] = [];
  const mainCpuMs: number[] = [];
  return new Promise((resolve) => {
    let left = work.items;
    let doneAt = Number.NaN;
    const item = (): void => {
      spinMs(work.itemMs);
      if (--left === 0) doneAt = performance.now();
    };
    // Stats of a frame arrive after it ends, so the last frame's figures are in when we stop.
    scheduler.stats$.subscribe((s) => {
      stats.push(s);
      const used = process.cpuUsage(cpu);
      cpuMs.push((used.user + used.system) / 1000);
      mainCpuMs.push((mainThreadCpuUs() - mainCpu) / 1000);
      windows.push([tick, performance.now()]);
      if (left > 0) return;
      scheduler.dispose();
      gc.stop();
      const gcMs = windows.map(([from, to]) => gc.within(from, to));
      resolve(summarise({ stats, cpuMs, mainCpuMs, gcMs, elapsedMs: doneAt - t0 }, work, fps, budgetMs));
    });
    const t0 = performance.now();
    for (let i = 0; i < work.items; i++) scheduler.schedule(item);
  });
}

/**
 * Busy ms of the one frame that runs the whole workload with no budget to speak of
 * (what an unbudgeted frame loop would freeze for).
 *
 * @example
 * ```ts
 * const ms = unbudgetedBusyMs({ items: 20_000, itemMs: 0.05 });
 * ```
 */
export function unbudgetedBusyMs(work: BusyWorkload): number {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames, budgetMs: 3_600_000 });
  let busyMs = Number.NaN;
  scheduler.stats$.subscribe((s) => (busyMs = s.busyMs));
  for (let i = 0; i < work.items; i++) scheduler.schedule(() => spinMs(work.itemMs));
  host.tick();
  scheduler.dispose();
  return busyMs;
}
