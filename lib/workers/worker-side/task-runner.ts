import { STRIDE, type Batch } from '../protocol.js';
import type { Outbox } from './outbox.js';
import type { WorkerPort } from './worker-port.js';
import { callWorkerFunction } from './call-worker-function.js';
import { RunQueue } from './run-queue.js';
import { RunningTask } from './running-task.js';
import { TaskMailbox } from './task-mailbox.js';
import type { WorkerFunctions } from './worker-functions.js';
import { enterCall } from '../started-call-cell.js';

/** How long a worker keeps taking arrived commands before it lets its event loop turn. */
const MAX_TURN_MS = 50;

/**
 * Runs a worker's tasks one at a time, in the order they arrive. Cancelling a queued
 * task drops it, as giving it back does, and says so (`'back'`); cancelling the running
 * one aborts its signal. Messages for a queued task wait for it, for an ended one are
 * dropped. Results leave in batches: when the queue empties, or after each task once
 * 1 ms has passed since the last message. Before a batch leaves, the commands that
 * arrived meanwhile are taken, so the batch says which queued tasks were dropped, and the
 * task that runs next is the one the main thread sees as next (see `PoolCore`).
 *
 * @example
 * ```ts
 * const runner = new TaskRunner(fns, outbox);
 * port.listen((batch) => runner.accept(batch as unknown[]));
 * ```
 */
export class TaskRunner {
  readonly #queue = new RunQueue();
  /** Messages that arrived for queued tasks (mailboxes made only when needed). */
  readonly #waiting = new Map<number, TaskMailbox>();
  #current: RunningTask | undefined;
  /** A pump is on: running tasks back to back, or waiting for an async one to settle. */
  #pumping = false;
  #turnStart = 0;
  readonly #fns: WorkerFunctions;
  readonly #outbox: Outbox;
  readonly #poll: WorkerPort['poll'];
  /** Which task started last, shared with the main thread (see started-call-cell.ts). */
  #cell: Int32Array | undefined;

  constructor(fns: WorkerFunctions, outbox: Outbox, poll?: WorkerPort['poll']) {
    this.#fns = fns;
    this.#outbox = outbox;
    this.#poll = poll;
  }

  accept(batch: Batch): void {
    for (let i = 0; i < batch.length; i += STRIDE) {
      const kind = batch[i];
      if (kind === 'r') this.#queue.push(batch[i + 1], batch[i + 2], batch[i + 3]);
      else if (kind === 'm') this.#mail(batch[i + 1] as number, batch[i + 2] as unknown[]);
      else if (kind === 'c' && this.#current?.id === batch[i + 1]) this.#current?.abort();
      else if (kind === 's') this.#cell = new Int32Array(batch[i + 2] as SharedArrayBuffer);
      else this.#drop(batch[i + 1] as number);
    }
    if (!this.#pumping) this.#pump();
  }

  /**
   * Drops a task that has not started (cancelled, or given back for another worker) and
   * says `'back'` at once, even while an async task awaits: an idle worker may wait for
   * it. A started task stays: it is never run twice, and the main thread stops a
   * cancelled one.
   */
  #drop(id: number): void {
    if (!this.#queue.drop(id)) return;
    this.#waiting.delete(id);
    this.#outbox.push('back', id, 0, 0);
    this.#outbox.flush();
  }

  #mail(id: number, values: readonly unknown[]): void {
    if (this.#current?.id === id) return this.#current.mail(values);
    if (!this.#queue.has(id)) return;
    let box = this.#waiting.get(id);
    if (!box) this.#waiting.set(id, (box = new TaskMailbox()));
    box.deliver(values);
  }

  /** Runs queued tasks; sync ones back to back, an async one resumes the loop when it settles. */
  #pump(): void {
    this.#pumping = true;
    this.#turnStart = performance.now();
    if (this.#runQueued()) return;
    this.#pumping = false;
    this.#outbox.flush();
  }

  /** Runs the queue; true when it stopped at an async task (its settling resumes the pump). */
  #runQueued(): boolean {
    const q = this.#queue;
    while (q.next()) {
      const pending = this.#run(q.id, q.name, q.args);
      if (pending) {
        void pending.then(this.#resume);
        return true;
      }
      this.#afterTask();
    }
    return false;
  }

  readonly #resume = (): void => {
    this.#afterTask();
    this.#pump();
  };

  /**
   * Results leave when the queue is empty, or once 1 ms has passed since the last
   * message. Before they leave, commands that arrived during the task are taken without
   * a turn of the event loop, until a task is queued: a worker sent its next task during
   * the last one starts it at once. Where the port cannot be polled, the next message
   * event does it; so it does after {@link MAX_TURN_MS}, so the worker's own timers run.
   */
  #afterTask(): void {
    if (!this.#queue.empty && this.#outbox.sinceFlush < 1) return;
    let arrived: { readonly message: unknown } | undefined;
    while (this.#queue.empty && performance.now() - this.#turnStart < MAX_TURN_MS && (arrived = this.#poll?.())) {
      this.accept(arrived.message as Batch); // only queues: the pump is on
    }
    this.#outbox.flush();
  }

  /** Runs one task; returns a promise only when the function returned one. */
  #run(id: number, name: string, args: readonly unknown[]): Promise<void> | undefined {
    const fn = this.#fns[name];
    const mailbox = this.#waiting.size === 0 ? undefined : this.#waiting.get(id);
    if (mailbox) this.#waiting.delete(id);
    if (typeof fn !== 'function') {
      const names = Object.keys(this.#fns).filter((k) => typeof this.#fns[k] === 'function');
      return void this.#outbox.push('nofn', id, name, names);
    }
    // the main thread claimed this worker to end it: no task starts (it may run elsewhere)
    if (this.#cell && !enterCall(this.#cell, id)) return new Promise(() => undefined);
    const task = new RunningTask(id, mailbox);
    this.#current = task;
    return callWorkerFunction(fn, task, args, this.#outbox, this.#ended);
  }

  readonly #ended = (): void => {
    this.#current = undefined;
  };
}
