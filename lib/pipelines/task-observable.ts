import { Observable } from '../rx.js';
import { isTerminal } from '../tasks/reduce-task-row.js';
import { classifyWork, kindOfWork } from '../tasks/engine/start-work.js';
import type { TaskRecord } from '../tasks/task-record.js';
import { whenEnded } from '../tasks/when-ended.js';
import type { Work } from '../tasks/work.js';
import { bindTaskToOwner } from './machinery/bind-task-owner.js';
import { FrameOutbox } from './machinery/frame-outbox.js';
import type { PipelineHost } from './pipeline-host.js';
import { parseRunOptions, type TaskObservableOptions } from './run-options.js';
import { submitExtras } from './machinery/submit-extras.js';

type Task = TaskRecord<unknown>;

/**
 * A task as a cold Observable (what `runtime.task()` returns). Each subscription submits
 * one task; its result is emitted on a frame, then the Observable completes (with
 * `values: true`, every value the work emits, each on a frame). A failed, timed-out or
 * cancelled task errors it with the task's error. Unsubscribing before the task ends
 * cancels it (reason `unsubscribed`), so `switchMap`, `takeUntil`, `race`, `first`… stop
 * superseded work. Work and options are validated here, at the call.
 *
 * @example
 * ```ts
 * query$.pipe(switchMap((q) => taskObservable(runtime, (signal: AbortSignal) => search(q, signal)))).subscribe(show);
 * ```
 */
export function taskObservable<T>(host: PipelineHost, work: Work<T>, options?: TaskObservableOptions): Observable<T> {
  const mode = classifyWork(work, 'work');
  const kind = kindOfWork(work, mode);
  const parsed = parseRunOptions(options, 'options', true);
  return new Observable<T>((subscriber) => {
    const outbox = new FrameOutbox<Task | { readonly value: unknown }>(host.tasks.deliverSoon, (item) => {
      if (!('status' in item)) subscriber.next(item.value as T);
      else if (item.status !== 'completed') subscriber.error(item.error);
      else {
        if (!parsed.values) subscriber.next(item.value as T);
        subscriber.complete();
      }
    });
    const onValue = parsed.values ? (value: unknown) => outbox.push({ value }) : undefined;
    const task = host.tasks.submitRecord(work, mode, parsed.task, kind, submitExtras(parsed.group, undefined, onValue));
    if (parsed.owner !== undefined) bindTaskToOwner(host.tasks, task, parsed.owner);
    whenEnded(task, (ended) => outbox.push(ended));
    return () => {
      outbox.close();
      if (!isTerminal(task.status)) host.tasks.cancelRecord(task, 'unsubscribed');
    };
  });
}
