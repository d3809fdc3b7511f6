import type { Observable } from 'rxjs';
import type { FrameScheduler, TaskContext, TaskErrorInfo, TaskKind, TaskStatus } from '../../lib/index.js';

/** The columns of a task row the page shows (a subset of the library's `TaskRow`). */
export interface DemoRow {
  readonly id: string;
  readonly status: TaskStatus;
  readonly description: string;
  readonly kind: TaskKind;
  readonly duration: number;
  readonly error: TaskErrorInfo | undefined;
  readonly progress: unknown;
}

/** How the page launches work: a body, a description, where it runs, an optional timeout. */
export interface DemoRunOptions {
  readonly description: string;
  readonly kind: TaskKind;
  readonly timeout?: number;
}

/**
 * What the page needs from the runtime, so the UI code does not depend on how tasks are
 * wired underneath.
 *
 * @example
 * ```ts
 * const id = runtime.run((ctx) => from(fakeFetch(500, ctx.signal)), { description: 'load', kind: 'frame' });
 * runtime.cancel(id);
 * ```
 */
export interface DemoRuntime {
  readonly scheduler: FrameScheduler;
  readonly table$: Observable<readonly DemoRow[]>;
  run<T>(body: (ctx: TaskContext) => Observable<T>, options: DemoRunOptions): string;
  result$<T>(id: string): Observable<T>;
  cancel(id: string): void;
  cancelActive(): void;
  clearFinished(): void;
  clearAll(): void;
}
