import type { FrameStats } from '../../lib/index.js';
import { runQueueMs } from './run-queue.js';

/** The demo's own code in one frame: generator steps (the sliced work) and the table redraw; and preemption. */
interface DemoMs {
  steps: number;
  stepsMs: number;
  redrawMs: number;
  /** Ms the main thread waited for a CPU during the frame (Linux; NaN elsewhere). */
  waitedMs: number;
}

const current: DemoMs = { steps: 0, stepsMs: 0, redrawMs: 0, waitedMs: 0 };

/** Runs `fn` and books its wall time to the frame running now (`kind` says what it was). */
export function booked<A extends unknown[]>(kind: 'steps' | 'redraw', fn: (...args: A) => void, ...args: A): void {
  const t0 = performance.now();
  fn(...args);
  const ms = performance.now() - t0;
  if (kind === 'redraw') {
    current.redrawMs += ms;
  } else {
    current.steps++;
    current.stepsMs += ms;
  }
}

/** One frame's stats beside the demo's own time in it. */
export type LedgerFrame = FrameStats & DemoMs;

/**
 * Keeps the worst frame (by busy time) with what filled it. Call `close(stats)` from
 * `stats$`: a frame's stats arrive right after it ends, before the next begins.
 */
export class FrameLedger {
  worst: LedgerFrame | undefined = undefined;
  /** The frame with the most busy time outside the demo's own code. */
  worstLibrary: LedgerFrame | undefined = undefined;
  /** The frame with the most busy time while the main thread had a CPU (preemption left out; Linux). */
  worstOnCpu: LedgerFrame | undefined = undefined;
  #waitedAtStart = Number.NaN;

  /** Call on each frame's tick, before the frame runs. */
  open(): void {
    this.#waitedAtStart = runQueueMs() ?? Number.NaN;
  }

  close(stats: FrameStats): LedgerFrame {
    // without open() (DEMO_DEBUG off) nothing is read
    current.waitedMs = Number.isNaN(this.#waitedAtStart)
      ? Number.NaN
      : (runQueueMs() ?? Number.NaN) - this.#waitedAtStart;
    const frame = { ...stats, ...current };
    current.steps = current.stepsMs = current.redrawMs = current.waitedMs = 0;
    if (!this.worst || frame.busyMs > this.worst.busyMs) this.worst = frame;
    if (!this.worstLibrary || libraryMs(frame) > libraryMs(this.worstLibrary)) this.worstLibrary = frame;
    if (!this.worstOnCpu || onCpuMs(frame) > onCpuMs(this.worstOnCpu)) this.worstOnCpu = frame;
    return frame;
  }
}

/** Busy ms that were not the demo's own code: the library's work, its hooks, and preemption. */
export function libraryMs(f: LedgerFrame): number {
  return f.busyMs - f.stepsMs - f.redrawMs;
}

/** Busy ms while the main thread was not waiting for a CPU (its busy ms where that is unknown). */
export function onCpuMs(f: LedgerFrame): number {
  return Number.isNaN(f.waitedMs) ? f.busyMs : f.busyMs - f.waitedMs;
}

/** One line: a frame's busy time split into the demo's steps and redraw, the rest, and the scheduler's own share. */
export function describeFrame(f: LedgerFrame): string {
  const ms = (n: number | undefined): string => (n ?? Number.NaN).toFixed(2);
  return (
    `frame ${f.index}: busy ${ms(f.busyMs)} ms (budget ${f.budgetMs}) = ${f.steps} generator steps ${ms(f.stepsMs)}` +
    ` + redraw ${ms(f.redrawMs)} + other actions ${ms((f.workMs ?? 0) - f.stepsMs - f.redrawMs)}` +
    ` + scheduler ${ms(f.ownMs)}; ${f.actionsRun} actions, longest ${ms(f.longestActionMs)},` +
    ` ${f.lateStarts ?? 0} started after the budget (${ms(f.lateMs)} ms);` +
    ` the main thread waited ${ms(f.waitedMs)} ms for a CPU`
  );
}
