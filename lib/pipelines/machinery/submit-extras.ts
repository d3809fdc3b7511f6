import type { Gate } from '../../tasks/admission/gate.js';
import type { SubmitExtras } from '../../tasks/task-manager.js';
import type { TaskRecord } from '../../tasks/task-record.js';
import type { TaskGroup } from '../task-group.js';

/**
 * What a task is submitted with: its group's name, gates and tally when it has a group,
 * otherwise only the `gates` and `onValue` given (undefined when there are none).
 *
 * @example
 * ```ts
 * tasks.submitRecord(work, mode, options, kind, submitExtras(group, [pipelineGate], undefined));
 * ```
 */
export function submitExtras(
  group: TaskGroup | undefined,
  gates?: Gate<TaskRecord<unknown>>[],
  onValue?: (value: unknown) => void,
): SubmitExtras | undefined {
  if (group !== undefined) return group.extras(gates, onValue);
  return gates || onValue ? { gates, onValue } : undefined;
}
