import type { Observable } from 'rxjs';
import type { DefinedWork } from './define-work.js';
import type { TaskContext } from './task-types.js';

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
 * Anything `runtime.run()` accepts: an Observable, an async iterable, a {@link WorkFunction}
 * (generator functions included), or a {@link DefinedWork} from an integration (worker
 * pools, remote queues).
 *
 * @example
 * ```ts
 * runtime.run(function* () { for (const chunk of chunks) yield process(chunk); });
 * ```
 */
export type Work<T> = Observable<T> | AsyncIterable<T> | WorkFunction<T> | DefinedWork<T>;
