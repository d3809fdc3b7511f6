import { DisposedError } from '../errors.js';
import { invalidArgument } from '../validation/invalid-argument.js';
import type { StartMode } from './engine/start-work.js';
import { submitTask, type SubmitExtras } from './engine/submit-task.js';
import type { TaskEngine } from './engine/task-engine.js';
import { parseTaskOptions, type TaskOptions } from './task-options.js';
import type { TaskRecord } from './task-record.js';
import type { TaskBody, TaskKind } from './task-types.js';
import { TasksById } from './tasks-by-id.js';

/**
 * The ways into a {@link TaskManager}: `submit()` for a {@link TaskBody}, and the two the
 * runtime uses for work it validated already. Kept apart from `task-manager.ts`, which
 * builds the engine, clears and disposes; the per-id operations are `TasksById`
 * (tasks-by-id.ts).
 *
 * @example
 * ```ts
 * class TaskManager extends TaskSubmission {
 *   constructor(engine: TaskEngine) { super(engine); }
 * }
 * ```
 */
export abstract class TaskSubmission extends TasksById {
  // the base holds the engine too: # names are per class, and shorter in a bundle than a shared field
  readonly #engine: TaskEngine;

  constructor(engine: TaskEngine) {
    super(engine);
    this.#engine = engine;
  }

  /**
   * Queues a task; it starts on a frame. Returns its id.
   *
   * @example
   * ```ts
   * const id = tasks.submit((ctx) => from(fetch(url, { signal: ctx.signal })), { timeout: 5_000 });
   * ```
   */
  submit<T>(body: TaskBody<T>, options?: TaskOptions): string {
    if (typeof body !== 'function') invalidArgument('body', 'expected a function', body);
    return this.submitValid(body, 'body', parseTaskOptions(options), 'frame');
  }

  /**
   * {@link TaskManager.submit} for callers that validated the work (its `StartMode`) and
   * `options` already (the runtime); `kind` is used when the options do not set one.
   * @internal @example `tasks.submitValid(work, classifyWork(work, 'work'), parseTaskOptions(options), 'sliced')`
   */
  submitValid(work: unknown, mode: StartMode, o: TaskOptions, kind: TaskKind, extras?: SubmitExtras): string {
    return this.submitRecord(work, mode, o, kind, extras).id;
  }

  /**
   * {@link TaskManager.submitValid} returning the task's record, for the runtime's own
   * observers (task observables, pipelines, groups).
   * @internal @example `tasks.submitRecord(work, mode, options, 'frame', { group: 'decode', gates: [gate] })`
   */
  submitRecord(
    work: unknown,
    mode: StartMode,
    o: TaskOptions,
    kind: TaskKind,
    extras?: SubmitExtras,
  ): TaskRecord<unknown> {
    if (this.disposed) throw new DisposedError('TaskManager');
    return submitTask(this.#engine, work, mode, o, kind, extras);
  }
}
