import { Subscriber } from '../../rx.js';
import type { TaskRecord } from '../task-record.js';

/** Where a running task's notifications go. */
export interface TaskSink {
  next(task: TaskRecord<unknown>, value: unknown): void;
  fail(task: TaskRecord<unknown>, error: unknown): void;
  complete(task: TaskRecord<unknown>): void;
}

/**
 * Subscribes to a task's body. A `Subscriber` subclass, so RxJS uses it as is (no safe
 * wrapper, no bound callbacks per task); unsubscribing it stops the work.
 *
 * @example
 * ```ts
 * task.subscription = body$.subscribe(new TaskSubscriber(task, sink));
 * ```
 */
export class TaskSubscriber<T> extends Subscriber<T> {
  // TS private, not #: made once per observable task (see RecordFields' flags)
  constructor(
    private readonly task: TaskRecord<unknown>,
    private readonly sink: TaskSink,
  ) {
    super();
  }

  protected override _next(value: T): void {
    this.sink.next(this.task, value);
  }

  protected override _error(error: unknown): void {
    this.unsubscribe();
    this.sink.fail(this.task, error);
  }

  protected override _complete(): void {
    this.unsubscribe();
    this.sink.complete(this.task);
  }
}
