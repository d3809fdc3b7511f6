import type { Subscription } from 'rxjs';
import { BehaviorSubject } from '../rx.js';
import { Gate } from '../tasks/admission/gate.js';
import type { SubmitExtras } from '../tasks/task-manager.js';
import type { TaskRecord } from '../tasks/task-record.js';
import type { PipelineHost } from './pipeline-host.js';
import type { GroupState } from './group-state.js';
import { GroupTally } from './machinery/group-tally.js';

/**
 * Options of {@link TaskGroup}.
 *
 * @example
 * ```ts
 * const options: TaskGroupOptions = { name: 'decode', concurrency: 2 };
 * ```
 */
export interface TaskGroupOptions {
  /** Shown in the table's `group` column. Default `group-1`, `group-2`, … */
  readonly name?: string;
  /** At most this many of the group's tasks run (or wait in the start queue) at once. Default Infinity. */
  readonly concurrency?: number;
}

/**
 * Tasks that share a name, an optional concurrency limit and a live state. Create it with
 * `runtime.group()`; put tasks in it with the `group` option of `run`, `task` and the
 * policy operators. The limit holds across everything in the group: at most two image
 * decodes at once across the whole app, whichever pipeline asks.
 *
 * @example
 * ```ts
 * const decodes = runtime.group({ name: 'decode', concurrency: 2 });
 * urls$.pipe(mergeTask(runtime, decode, { group: decodes })).subscribe(show);
 * decodes.state$.subscribe((s) => (spinner.hidden = s.isIdle));
 * ```
 */
export class TaskGroup {
  readonly #tally = new GroupTally(() => this.#markChanged());
  /**
   * The group's state, re-emitted at most once per frame (at its end) when it changed;
   * completes when the runtime is disposed. (The first is a fresh tally's: idle, no rows.)
   */
  readonly state$ = new BehaviorSubject<GroupState>(this.#tally.state(0));
  readonly #gate: Gate<TaskRecord<unknown>> | undefined;
  #flushing: Subscription | undefined;
  #closed = false;

  /** @internal Use `runtime.group()`. */
  readonly #host: PipelineHost;

  constructor(
    host: PipelineHost,
    readonly name: string,
    readonly concurrency: number,
  ) {
    this.#host = host;
    this.#gate = concurrency === Infinity ? undefined : new Gate(concurrency);
  }

  /**
   * Cancels every pending and running task of the group (reason `explicit`); returns how many.
   *
   * @example
   * ```ts
   * searches.cancelAll();
   * ```
   */
  cancelAll(): number {
    const active = [...this.#tally.active];
    const pendingFirst = [
      ...active.filter((t) => t.status === 'pending'),
      ...active.filter((t) => t.status !== 'pending'),
    ];
    for (const task of pendingFirst) this.#host.tasks.cancelRecord(task, 'explicit');
    return active.length;
  }

  /**
   * What a submission into this group attaches: its name, its gate after `gates`, its tally.
   *
   * @internal
   * @example
   * ```ts
   * tasks.submitRecord(work, mode, options, kind, group.extras());
   * ```
   */
  extras(gates?: Gate<TaskRecord<unknown>>[], onValue?: (value: unknown) => void): SubmitExtras {
    const all = this.#gate === undefined ? gates : [...(gates ?? []), this.#gate];
    return { group: this.name, gates: all, listener: this.#tally, onValue };
  }

  /** @internal A value `exhaustTask` dropped while the group's pipeline was busy. */
  drop(): void {
    this.#tally.drop();
  }

  /** @internal Emits the final state and completes `state$` (runtime disposal). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#flushing?.unsubscribe();
    this.#flushing = undefined;
    this.state$.next(this.#tally.state(this.#host.scheduler.now()));
    this.state$.complete();
  }

  #markChanged(): void {
    if (this.#closed || this.#flushing !== undefined) return;
    this.#flushing = this.#host.scheduler.atEndOfFrame(this.#flush);
  }

  readonly #flush = (): void => {
    this.#flushing = undefined;
    this.state$.next(this.#tally.state(this.#host.scheduler.now()));
  };
}

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
  return gates === undefined && onValue === undefined ? undefined : { gates, onValue };
}
