import { classifyWork, kindOfWork, type StartMode } from '../../tasks/engine/start-work.js';
import type { SubmitExtras } from '../../tasks/task-manager.js';
import type { TaskOptions } from '../../tasks/task-options.js';
import type { TaskRecord } from '../../tasks/task-record.js';
import type { PipelineHost } from '../pipeline-host.js';
import type { ParsedPolicyOptions } from './parse-policy-options.js';

/**
 * Submits the task for one source value. A project (or an option function) that throws,
 * or returns something that is not work, fails that value's task: its row shows `failed`
 * with the error, as a throwing work function would.
 *
 * @example
 * ```ts
 * const task = submitForValue(host, project, value, index, parsed, extras);
 * ```
 */
export function submitForValue<V>(
  host: PipelineHost,
  project: (value: V, index: number) => unknown,
  value: V,
  index: number,
  options: ParsedPolicyOptions<V>,
  extras: SubmitExtras | undefined,
): TaskRecord<unknown> {
  let work: unknown;
  let mode: StartMode;
  let taskOptions: TaskOptions = options.task;
  try {
    if (options.forValue !== undefined) taskOptions = options.forValue(value);
    work = project(value, index);
    mode = classifyWork(work, 'project(value)');
  } catch (error) {
    work = () => {
      throw error;
    };
    mode = 'call';
  }
  return host.tasks.submitRecord(work, mode, taskOptions, kindOfWork(work, mode), extras);
}
