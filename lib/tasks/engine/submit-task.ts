import type { Gate } from '../admission/gate.js';
import { workSpecOf } from '../define-work.js';
import type { TaskOptions } from '../task-options.js';
import { TaskRecord, type TaskListener } from '../task-record.js';
import type { TaskKind } from '../task-types.js';
import { blankSubmitted } from './scratch-events.js';
import type { StartMode } from './start-work.js';
import type { TaskEngine } from './task-engine.js';

/**
 * What the runtime's own observers attach to a submitted task.
 *
 * @internal
 * @example
 * ```ts
 * const extras: SubmitExtras = { group: 'decode', gates: [groupGate] };
 * ```
 */
export interface SubmitExtras {
  /** The task group's name, shown in the row. */
  readonly group?: string | undefined;
  /** Concurrency gates to pass before the start queue (see {@link Gate}). */
  readonly gates?: Gate<TaskRecord<unknown>>[] | undefined;
  readonly listener?: TaskListener | undefined;
  readonly onValue?: ((value: unknown) => void) | undefined;
}

/**
 * Makes the record of validated work and hands it to the engine with its `submitted`
 * event; `kind` is used when the options do not set one.
 *
 * @example
 * ```ts
 * const task = submitTask(engine, work, 'call', {}, 'frame', undefined);
 * ```
 */
export function submitTask(
  engine: TaskEngine,
  work: unknown,
  mode: StartMode,
  o: TaskOptions,
  kind: TaskKind,
  extras: SubmitExtras | undefined,
): TaskRecord<unknown> {
  const id = engine.tasks.nextId();
  const priority = o.priority ?? 0;
  const task = new TaskRecord<unknown>(id, work, mode, priority, o.timeout, engine);
  const spec = mode === 'spec' ? workSpecOf(work) : undefined;
  task.reportsStart = spec?.startsWhen === 'reported';
  if (extras !== undefined) {
    task.gates = extras.gates;
    task.listener = extras.listener;
    task.onValue = extras.onValue;
  }
  // Only the table sees the event when nobody observes events$: then it is the engine's scratch one.
  const quiet = engine.quiet(task);
  const e = quiet ? engine.scratch.submitted() : blankSubmitted();
  e.id = id;
  e.time = engine.scheduler.now();
  e.description = o.description ?? spec?.description ?? '';
  e.kind = o.kind ?? kind;
  e.parentId = o.parentId;
  e.group = extras?.group;
  e.priority = priority;
  e.info = o.info;
  e.meta = spec?.meta === undefined ? o.meta : { ...spec.meta, ...o.meta };
  e.timeout = o.timeout;
  engine.add(task, e);
  if (quiet) engine.scratch.release();
  return task;
}
