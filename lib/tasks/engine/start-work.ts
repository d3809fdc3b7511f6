import type { Observable } from 'rxjs';
import { from, isObservable } from '../../rx.js';
import { InvalidArgumentError } from '../../errors.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import { describeValue } from '../../validation/describe-value.js';
import { workSpecOf, type WorkSpec } from '../define-work.js';
import { sliced } from '../sliced.js';
import type { TaskContext, TaskKind } from '../task-types.js';

/**
 * How a task's work starts, stored on its record instead of a closure per task:
 * `body` a TaskBody `(ctx) => Observable`, `observable` subscribed as is, `iterable` an
 * async iterable, `call` a function called without arguments, `signal` a function
 * called with `(signal, ctx)`, `spec` a {@link DefinedWork} whose spec's body is called with the context.
 */
export type StartMode = 'body' | 'observable' | 'iterable' | 'call' | 'signal' | 'spec';

/**
 * The {@link StartMode} of anything `run()` accepts; throws InvalidArgumentError otherwise.
 *
 * @example
 * ```ts
 * classifyWork(() => 1, 'work'); // 'call'
 * ```
 */
export function classifyWork(work: unknown, name: string): StartMode {
  if (typeof work === 'function') return work.length > 0 ? 'signal' : 'call';
  if (isObservable(work)) return 'observable';
  if (isAsyncIterable(work)) return 'iterable';
  if (workSpecOf(work) !== undefined) return 'spec';
  throw new InvalidArgumentError(
    `${name}: expected an Observable, a function, a generator function or an async iterable (got ${describeValue(work)})`,
  );
}

/**
 * The table's `kind` for work of a given mode: generator functions are time-sliced.
 *
 * @example
 * ```ts
 * kindOfWork(function* () {}, 'call'); // 'sliced'
 * ```
 */
export function kindOfWork(work: unknown, mode: StartMode): TaskKind {
  if (mode === 'spec') return workSpecOf(work)?.kind ?? 'frame';
  if (mode !== 'call' && mode !== 'signal') return 'frame';
  // Plain functions (the common case) skip the `name` getter; other realms still match by name.
  const maker = (work as { constructor?: { name?: string } }).constructor;
  if (maker === Function) return 'frame';
  return maker?.name === 'GeneratorFunction' ? 'sliced' : 'frame';
}

/** What {@link openWork} needs of the task: its context and where a plain value goes. */
export interface OpenableTask extends TaskContext {
  hasValue: boolean;
  value: unknown;
}

/**
 * Starts the work: returns the Observable to subscribe, or undefined when the work
 * returned a plain value, which is then the task's result (`task.value`) with no
 * Observable built for it. A plain value is what `of(value)` would have emitted.
 *
 * @example
 * ```ts
 * const body$ = openWork(task, task.work, task.mode, scheduler);
 * if (body$ === undefined) complete(task);
 * ```
 */
export function openWork(
  task: OpenableTask,
  work: unknown,
  mode: StartMode,
  scheduler: FrameScheduler,
): Observable<unknown> | undefined {
  switch (mode) {
    case 'observable':
      return work as Observable<unknown>;
    case 'iterable':
      return from(work as AsyncIterable<unknown>);
    case 'body':
      return (work as (ctx: TaskContext) => Observable<unknown>)(task);
    case 'spec':
      return (workSpecOf(work) as WorkSpec<unknown>).body(task);
    case 'call':
      return fromReturn(task, (work as () => unknown)(), scheduler);
    case 'signal':
      return fromReturn(task, (work as (s: AbortSignal, c: TaskContext) => unknown)(task.signal, task), scheduler);
  }
}

function fromReturn(task: OpenableTask, value: unknown, scheduler: FrameScheduler): Observable<unknown> | undefined {
  if (typeof value === 'object' && value !== null) {
    if (isObservable(value)) return value;
    if (typeof (value as PromiseLike<unknown>).then === 'function') return from(value as PromiseLike<unknown>);
    if (isIterator(value)) return slicedTask(task, value, scheduler);
    if (isAsyncIterable(value)) return from(value);
  }
  task.hasValue = true;
  task.value = value;
  return undefined;
}

/**
 * True for iterators that are also iterable (what a generator returns).
 *
 * @example
 * ```ts
 * isIterator((function* () {})()); // true
 * ```
 */
export function isIterator(value: object): value is Iterator<unknown, unknown> {
  const v = value as Partial<Iterator<unknown>> & { [Symbol.iterator]?: unknown };
  return typeof v.next === 'function' && typeof v[Symbol.iterator] === 'function';
}

/**
 * True for async iterables (async generators, streams).
 *
 * @example
 * ```ts
 * isAsyncIterable((async function* () {})()); // true
 * ```
 */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * A generator's yields are the task's progress and its return value the result, never
 * progress; without a return value, the last yield is the result.
 */
function slicedTask(task: OpenableTask, iterator: Iterator<unknown>, scheduler: FrameScheduler): Observable<unknown> {
  task.resultOnly?.();
  return sliced(iterator, scheduler, (value) => {
    task.hasValue = true;
    task.value = value;
    task.progress(value);
  });
}
