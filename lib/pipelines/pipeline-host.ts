import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import type { TaskManager } from '../tasks/task-manager.js';

/**
 * What task observables, policy operators and groups need of a runtime: its scheduler and
 * task manager. A `Runtime` is one; so is any pair that shares a scheduler.
 *
 * @example
 * ```ts
 * const host: PipelineHost = { scheduler: runtime.scheduler, tasks: runtime.tasks };
 * query$.pipe(switchTask(host, search));
 * ```
 */
export interface PipelineHost {
  readonly scheduler: FrameScheduler;
  readonly tasks: TaskManager;
}
