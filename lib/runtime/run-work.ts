import { bindTaskToOwner } from '../pipelines/machinery/bind-task-owner.js';
import { hasRunExtras, parseRunOptions, type RunOptions, type SplitRunOptions } from '../pipelines/run-options.js';
import { submitExtras } from '../pipelines/machinery/submit-extras.js';
import { classifyWork, kindOfWork, type StartMode } from '../tasks/engine/start-work.js';
import type { TaskManager } from '../tasks/task-manager.js';
import { parseTaskOptions, type TaskOptions } from '../tasks/task-options.js';

/**
 * What `runtime.run()` does once the runtime is known to be live: validates the options
 * and every work item before submitting any, then submits each (with its group and owner,
 * if given). Returns the id, or the ids for an array. This is the per-task hot path.
 *
 * @example
 * ```ts
 * const id = runWork(runtime.tasks, of(1), { description: 'one' }) as string;
 * ```
 */
export function runWork(tasks: TaskManager, work: unknown, options: RunOptions | undefined): string | string[] {
  // plain task options (the per-task hot path) are checked without building a split
  const split = hasRunExtras(options) ? parseRunOptions(options, 'options', false) : undefined;
  const o = split?.task ?? parseTaskOptions(options);
  if (!Array.isArray(work)) return submit(tasks, work, classifyWork(work, 'work'), o, split);
  const modes = work.map((w: unknown, i) => classifyWork(w, `work[${i}]`));
  return modes.map((mode, i) => submit(tasks, work[i], mode, o, split));
}

function submit(
  tasks: TaskManager,
  work: unknown,
  mode: StartMode,
  o: TaskOptions,
  split: SplitRunOptions | undefined,
): string {
  const kind = kindOfWork(work, mode);
  if (split === undefined) return tasks.submitValid(work, mode, o, kind);
  const task = tasks.submitRecord(work, mode, o, kind, submitExtras(split.group));
  if (split.owner !== undefined) bindTaskToOwner(tasks, task, split.owner);
  return task.id;
}
