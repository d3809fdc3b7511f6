import type { TaskRecord } from '../task-record.js';
import { PendingQueue } from './pending-queue.js';

type Task = TaskRecord<unknown>;

/**
 * Who starts next, and the counts of waiting and running tasks: the priority queue, the
 * rows of task threads (they mirror threads that already run, so `maxConcurrent` does not
 * hold them back and they take none of its slots), and the gates (group and pipeline
 * concurrency) a task passes, in order, before it enters the queue.
 *
 * @example
 * ```ts
 * const line = new StartLine(2);
 * line.add(task, false);
 * if (line.canStart()) start(line.next());
 * ```
 */
export class StartLine {
  readonly #queue = new PendingQueue<Task>();
  readonly #mirrors = new PendingQueue<Task>();
  #mirrorsWaiting = 0;
  #mirrorsRunning = 0;
  #waitingCount = 0;
  /** Pending tasks still in a gate's line (not in the start queue). */
  #gatedCount = 0;
  #runningCount = 0;

  constructor(readonly maxConcurrent: number) {}

  get running(): number {
    return this.#runningCount;
  }

  get waiting(): number {
    return this.#waitingCount;
  }

  /**
   * A new pending task: a thread's row to the mirrors, any other through its gates (as far as
   * they admit it) into the queue, in one step, before anyone sees the task: an events$
   * observer may cancel it at once, and a task that ended before entering a gate would
   * still take (and never give back) a slot.
   */
  add(task: Task, isThread: boolean): void {
    this.#waitingCount++;
    if (isThread) {
      task.exempt = true;
      this.#mirrorsWaiting++;
      this.#mirrors.push(task);
    } else this.#passGates(task);
  }

  /** A gate admitted a task from its line: on to the next gate, or the queue. */
  admitted(task: Task): void {
    this.#gatedCount--;
    this.#passGates(task);
  }

  /** Queues a pending task again under its new priority (the old entry is skipped). */
  reprioritized(task: Task): void {
    if (task.status !== 'pending') return;
    // a thread row waits in the mirrors' queue, which skips entries of an old priority too
    if (task.exempt) this.#mirrors.push(task);
    else if (task.queued) this.#queue.push(task);
  }

  canStart(): boolean {
    return (
      this.#mirrorsWaiting > 0 || (this.#waitingCount - this.#gatedCount > this.#mirrorsWaiting && this.#hasFreeSlot())
    );
  }

  /** The next task to start (counted as running), or undefined. */
  next(): Task | undefined {
    const task = this.#mirrors.pop() ?? (this.#hasFreeSlot() ? this.#queue.pop() : undefined);
    if (task === undefined) return undefined;
    this.#waitingCount--;
    this.#runningCount++;
    if (task.exempt) {
      this.#mirrorsWaiting--;
      this.#mirrorsRunning++;
    }
    return task;
  }

  /** A task ended (pending or running): it no longer counts, and gives back its gate slots. */
  ended(task: Task, wasPending: boolean): void {
    if (wasPending) {
      this.#waitingCount--;
      if (task.exempt) this.#mirrorsWaiting--;
    } else {
      this.#runningCount--;
      if (task.exempt) this.#mirrorsRunning--;
    }
    const gates = task.gates;
    if (gates === undefined || task.exempt) return;
    if (wasPending && !task.queued) this.#gatedCount--;
    for (let i = 0; i < task.gatesHeld; i++) (gates[i] as (typeof gates)[number]).leave();
    task.gatesHeld = 0;
  }

  clear(): void {
    this.#queue.clear();
    this.#mirrors.clear();
  }

  /** Takes a (not exempt) task through its gates, as far as they admit it; past the last, into the queue. */
  #passGates(task: Task): void {
    const gates = task.gates;
    if (gates !== undefined) {
      while (task.gatesHeld < gates.length) {
        if (!(gates[task.gatesHeld] as (typeof gates)[number]).enter(task)) {
          this.#gatedCount++;
          return;
        }
        task.gatesHeld++;
      }
    }
    this.#enqueue(task);
  }

  #enqueue(task: Task): void {
    task.queued = true;
    this.#queue.push(task);
  }

  #hasFreeSlot(): boolean {
    return this.#runningCount - this.#mirrorsRunning < this.maxConcurrent;
  }
}
