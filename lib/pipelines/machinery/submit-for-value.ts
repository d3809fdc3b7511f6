import type { Gate } from '../../tasks/admission/gate.js';
import { classifyWork, kindOfWork, type StartMode } from '../../tasks/start-work.js';
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
 * const task = submitForValue(host, project, value, index, parsed, gates, undefined);
 * ```
 */
export function submitForValue<V>(
  host: PipelineHost,
  project: (value: V, index: number) => unknown,
  value: V,
  index: number,
  options: ParsedPolicyOptions<V>,
  gates: Gate<TaskRecord<unknown>>[] | undefined,
  onValue: ((value: unknown) => void) | undefined,
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
  const group = options.group;
  const extras = group === undefined ? { gates, onValue } : group.extras(gates, onValue);
  return host.tasks.submitRecord(work, mode, taskOptions, kindOfWork(work, mode), extras);
}
