import type { Subscription } from 'rxjs';
import { DisposedError } from '../errors.js';
import { BehaviorSubject } from '../rx.js';
import { Gate } from '../tasks/admission/gate.js';
import type { SubmitExtras } from '../tasks/task-manager.js';
import type { TaskRecord } from '../tasks/task-record.js';
import { describeValue } from '../validation/describe-value.js';
import type { PipelineHost } from './pipeline-host.js';
import type { GroupState } from './group-state.js';
import { GroupTally } from './machinery/group-tally.js';

/**
 * Tasks that share a name, an optional concurrency limit and a live state. Create it with
 * `runtime.group()`; put tasks in it with the `group` option of `run`, `task` and the
 * policy operators. The limit holds across everything in the group: at most two image
 * decodes at once across the whole app, whichever pipeline asks. End it with
 * {@link TaskGroup.dispose} when what it served (a scene, a level, a document) ends.
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
   * emits a last time and completes when the group (or its runtime) is disposed. (The
   * first is a fresh tally's: idle, no rows.)
   */
  readonly state$ = new BehaviorSubject<GroupState>(this.#tally.state(0));
  readonly #gate: Gate<TaskRecord<unknown>> | undefined;
  #flushing: Subscription | undefined;
  #disposed = false;

  readonly #host: PipelineHost;
  readonly #onDispose: ((group: TaskGroup) => void) | undefined;

  /** @internal Use `runtime.group()`; `onDispose` lets the runtime forget the group. */
  constructor(
    host: PipelineHost,
    readonly name: string,
    readonly concurrency: number,
    onDispose?: (group: TaskGroup) => void,
  ) {
    this.#host = host;
    this.#gate = concurrency === Infinity ? undefined : new Gate(concurrency);
    this.#onDispose = onDispose;
  }

  /** Whether {@link TaskGroup.dispose} ran (so a group is also an `owner`, see `Owner`). */
  get disposed(): boolean {
    return this.#disposed;
  }

  /**
   * Cancels every pending and running task of the group (reason `explicit`); returns how many.
   * Throws {@link DisposedError} once the group is disposed.
   *
   * @example
   * ```ts
   * searches.cancelAll();
   * ```
   */
  cancelAll(): number {
    this.checkLive();
    return this.#cancelActive();
  }

  /**
   * Ends the group: cancels its pending, then its running tasks, newest first (reason
   * `explicit`: the app asked, as with `cancelAll()`), emits the final state, completes
   * `state$` and lets go of the runtime, which keeps no reference to it. Using it afterwards
   * (`run`, `task`, an operator's next value, `cancelAll`) throws {@link DisposedError}.
   * Idempotent; `runtime.dispose()` disposes the groups still open.
   *
   * @example
   * ```ts
   * const level = runtime.group({ name: 'level-2' });
   * enemies$.pipe(mergeTask(runtime, spawn, { group: level })).subscribe();
   * onLevelEnd(() => level.dispose());
   * ```
   */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#cancelActive();
    this.#flushing?.unsubscribe();
    this.#flushing = undefined;
    this.state$.next(this.#tally.state(this.#host.scheduler.now()));
    this.state$.complete();
    // the group's ended tasks stay in the table a while: their tally must not hold the group
    this.#tally.detach();
    this.#onDispose?.(this);
  }

  /** @internal Throws {@link DisposedError}, quoting the group's name, once it is disposed. */
  checkLive(): void {
    if (this.#disposed) throw new DisposedError(`TaskGroup ${describeValue(this.name)}`);
  }

  /**
   * What a submission into this group attaches: its name, its gate after `gates`, its tally.
   * Throws {@link DisposedError} once the group is disposed.
   *
   * @internal
   * @example
   * ```ts
   * tasks.submitRecord(work, mode, options, kind, group.extras());
   * ```
   */
  extras(gates?: Gate<TaskRecord<unknown>>[], onValue?: (value: unknown) => void): SubmitExtras {
    this.checkLive();
    const all = this.#gate === undefined ? gates : [...(gates ?? []), this.#gate];
    return { group: this.name, gates: all, listener: this.#tally, onValue };
  }

  /** @internal A value `exhaustTask` dropped while the group's pipeline was busy. */
  drop(): void {
    this.#tally.drop();
  }

  /** Pending first (a freed slot must not start one), each newest first, as Effection halts a scope's children. */
  #cancelActive(): number {
    const active = [...this.#tally.active].reverse();
    const pendingFirst = [
      ...active.filter((t) => t.status === 'pending'),
      ...active.filter((t) => t.status !== 'pending'),
    ];
    for (const task of pendingFirst) this.#host.tasks.cancelRecord(task, 'explicit');
    return active.length;
  }

  #markChanged(): void {
    if (this.#disposed || this.#flushing !== undefined) return;
    this.#flushing = this.#host.scheduler.atEndOfFrame(this.#flush);
  }

  readonly #flush = (): void => {
    this.#flushing = undefined;
    this.state$.next(this.#tally.state(this.#host.scheduler.now()));
  };
}
