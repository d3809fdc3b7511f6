import type { Subscriber } from 'rxjs';
import { Gate } from '../../tasks/admission/gate.js';
import type { SubmitExtras } from '../../tasks/task-manager.js';
import type { TaskRecord } from '../../tasks/task-record.js';
import { whenEnded } from '../../tasks/when-ended.js';
import type { PipelineHost } from '../pipeline-host.js';
import { submitExtras } from './submit-extras.js';
import type { ParsedPolicyOptions } from './parse-policy-options.js';
import type { Policy } from './policy.js';
import { FrameOutbox } from './frame-outbox.js';
import { admitValue } from './admit-value.js';
import { submitForValue } from './submit-for-value.js';

type Task = TaskRecord<unknown>;
/** A settled task (its result or error), or one value of a `values` pipeline. */
type Outgoing = Task | { readonly value: unknown };

/**
 * One subscription of a policy operator: turns each source value into a task under the
 * policy, hands results to the subscriber on frames (in the order the tasks end; with a
 * gate of one that is arrival order) and ends like the RxJS operator it mirrors: the
 * first failure errors the output, the output completes once the source has and nothing
 * is active or waiting to be handed out. Tasks cancelled from outside (the table, a group,
 * an owner) emit nothing and the pipeline goes on.
 *
 * @example
 * ```ts
 * const pipeline = new Pipeline(host, 'switch', project, parsed, subscriber);
 * source.subscribe({ next: (v) => pipeline.push(v), complete: () => pipeline.sourceComplete() });
 * ```
 */
export class Pipeline<V, R> {
  /** Tasks not yet ended, in arrival order (a Set: removal is O(1) whichever ends first). */
  readonly #active = new Set<Task>();
  readonly #outbox: FrameOutbox<Outgoing>;
  /** What every task of the pipeline is submitted with (its gate, group and value tap), built once. */
  readonly #extras: SubmitExtras | undefined;
  #index = 0;
  #sourceDone = false;
  #closed = false;
  /** A task failed: its error goes out on the next frame; nothing new starts meanwhile. */
  #failing = false;

  readonly #host: PipelineHost;
  readonly #policy: Policy;
  readonly #project: (value: V, index: number) => unknown;
  readonly #options: ParsedPolicyOptions<V>;
  readonly #subscriber: Subscriber<R>;

  constructor(
    host: PipelineHost,
    policy: Policy,
    project: (value: V, index: number) => unknown,
    options: ParsedPolicyOptions<V>,
    subscriber: Subscriber<R>,
  ) {
    this.#host = host;
    this.#policy = policy;
    this.#project = project;
    this.#options = options;
    this.#subscriber = subscriber;
    this.#outbox = new FrameOutbox<Outgoing>(host.tasks.deliverSoon, (item) => this.#handOut(item));
    // parsePolicyOptions takes `concurrency` only for merge: the other policies have Infinity
    const limit = policy === 'concat' || policy === 'keepLatest' ? 1 : options.concurrency;
    const gates = limit === Infinity ? undefined : [new Gate<Task>(limit)];
    const onValue = options.values ? (value: unknown) => this.#outbox.push({ value }) : undefined;
    this.#extras = submitExtras(options.group, gates, onValue);
  }

  push(value: V): void {
    if (this.#closed || this.#failing) return;
    let task: Task;
    try {
      if (!admitValue(this.#policy, this.#active, this.#host, this.#outbox, this.#options.group)) return;
      task = submitForValue(this.#host, this.#project, value, this.#index++, this.#options, this.#extras);
    } catch (error) {
      // the runtime or the group was disposed: nothing more can run
      this.close('unsubscribed');
      this.#subscriber.error(error);
      return;
    }
    this.#active.add(task);
    whenEnded(task, this.#ended);
  }

  sourceComplete(): void {
    this.#sourceDone = true;
    this.#completeIfDone();
  }

  /** Cancels everything still active (reason given) and hands out nothing more. */
  close(reason: 'unsubscribed' | 'owner'): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#outbox.close();
    for (const task of [...this.#active].reverse()) this.#host.tasks.cancelRecord(task, reason);
  }

  /** One callback for all the pipeline's tasks (a task's waiters get the task). */
  readonly #ended = (task: Task): void => {
    this.#active.delete(task);
    if (this.#closed || this.#failing) return;
    if (task.status === 'cancelled') return this.#completeIfDone();
    this.#outbox.push(task);
    if (task.status === 'completed') return;
    // the first failure ends the pipeline now, not when its error is handed out: nothing queued starts
    this.#failing = true;
    for (const other of [...this.#active].reverse()) this.#host.tasks.cancelRecord(other, 'unsubscribed');
  };

  #handOut(item: Outgoing): void {
    if (!('status' in item)) this.#subscriber.next(item.value as R);
    else if (item.status === 'completed') {
      if (!this.#options.values) this.#subscriber.next(item.value as R);
    } else {
      this.close('unsubscribed');
      this.#subscriber.error(item.error);
      return;
    }
    this.#completeIfDone();
  }

  #completeIfDone(): void {
    if (this.#closed || this.#failing || !this.#sourceDone || this.#active.size > 0 || !this.#outbox.isEmpty) return;
    this.#closed = true;
    this.#subscriber.complete();
  }
}
