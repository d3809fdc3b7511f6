import { from, isObservable, of, type Observable } from 'rxjs';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { sliced } from './sliced.js';
import { classifyWork, isAsyncIterable, isIterator, kindOfWork } from './start-work.js';
import type { TaskBody, TaskContext, TaskKind } from './task-types.js';

/**
 * A function the runtime can run. It is called when the task starts; what it returns
 * decides how the work runs: an Observable (subscribed), a Promise (awaited; `signal`
 * aborts on cancel and timeout), an iterator such as a generator (time-sliced on frames),
 * an async iterable (iterated), or any other value (the result at once). The signal is
 * only created for functions that declare a parameter.
 *
 * @example
 * ```ts
 * const load: WorkFunction<Response> = (signal) => fetch(url, { signal });
 * ```
 */
export type WorkFunction<T> = (
  signal: AbortSignal,
  ctx: TaskContext,
) => Observable<T> | PromiseLike<T> | Iterator<unknown, T> | AsyncIterable<T> | T;

/**
 * Anything `runtime.run()` accepts: an Observable, an async iterable, or a {@link WorkFunction}
 * (generator functions included).
 *
 * @example
 * ```ts
 * runtime.run(function* () { for (const chunk of chunks) yield process(chunk); });
 * ```
 */
export type Work<T> = Observable<T> | AsyncIterable<T> | WorkFunction<T>;

/**
 * Normalises {@link Work} to a {@link TaskBody} and the kind shown in the table. Throws
 * InvalidArgumentError for anything else. (`runtime.run()` itself skips the wrapper: it
 * stores the work with its start mode, see `openWork`.)
 *
 * @example
 * ```ts
 * const { body, kind } = toTaskBody(work, scheduler, 'work');
 * ```
 */
export function toTaskBody<T>(
  work: Work<T>,
  scheduler: FrameScheduler,
  name = 'work',
): { body: TaskBody<T>; kind: TaskKind } {
  const mode = classifyWork(work, name);
  const kind = kindOfWork(work, mode);
  if (mode === 'observable') return { body: () => work as Observable<T>, kind };
  if (mode === 'iterable') return { body: () => from(work as AsyncIterable<T>), kind };
  const fn = work as WorkFunction<T>;
  const call = mode === 'signal' ? (ctx: TaskContext) => fn(ctx.signal, ctx) : () => (fn as () => unknown)();
  return { body: (ctx: TaskContext) => fromReturn(call(ctx), scheduler) as Observable<T>, kind };
}

function fromReturn(value: unknown, scheduler: FrameScheduler): Observable<unknown> {
  if (typeof value !== 'object' || value === null) return of(value);
  if (isObservable(value)) return value;
  if (typeof (value as PromiseLike<unknown>).then === 'function') return from(value as PromiseLike<unknown>);
  if (isIterator(value)) return sliced(value, scheduler);
  if (isAsyncIterable(value)) return from(value);
  return of(value);
}
