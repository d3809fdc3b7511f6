import type { TaskRecord } from '../../tasks/task-record.js';
import type { PipelineHost } from '../pipeline-host.js';
import type { TaskGroup } from '../task-group.js';
import type { FrameOutbox } from './frame-outbox.js';
import type { Policy } from './policy.js';

type Task = TaskRecord<unknown>;

/**
 * Whether a pipeline's new value may start a task: its group must be live (else this
 * throws), then the policy acts on the tasks still `active` (arrival order) and decides.
 * `switch` cancels them (reason `restarted`) and drops the results waiting in `outbox`;
 * `exhaust` refuses the value while any is active (counted as dropped by the group);
 * `keepLatest` cancels all but the first (reason `superseded`). `concat` and `merge`
 * admit every value: their gate (built by the pipeline) makes it wait its turn.
 *
 * @example
 * ```ts
 * if (admitValue('switch', active, host, outbox, group)) active.add(submitForValue(host, project, value, i, parsed, extras));
 * ```
 */
export function admitValue(
  policy: Policy,
  active: ReadonlySet<Task>,
  host: PipelineHost,
  outbox: Pick<FrameOutbox<unknown>, 'drop'>,
  group: TaskGroup | undefined,
): boolean {
  // checked before the policy acts: a disposed group's value is an error, not a drop or a restart
  group?.checkLive();
  switch (policy) {
    case 'switch':
      if (active.size > 0) for (const task of [...active]) host.tasks.cancelRecord(task, 'restarted');
      // results of earlier values still waiting for their frame go too, as they would with
      // switchMap over frame-delivered work: the output never shows a superseded value's result
      outbox.drop();
      return true;
    case 'exhaust':
      if (active.size === 0) return true;
      group?.drop();
      return false;
    case 'keepLatest':
      // the first holds the slot (it runs, or is about to); the rest wait in line
      for (const task of [...active].slice(1)) host.tasks.cancelRecord(task, 'superseded');
      return true;
    default:
      return true;
  }
}
