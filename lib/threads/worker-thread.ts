import type { Observable } from 'rxjs';
import { defer, finalize, Subject } from '../rx.js';
import { parse } from '../validation/parse.js';
import { array, boolean, instance, optional } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { WorkerPool } from '../workers/worker-pool.js';
import { workerTargetSchema, type WorkerTarget } from '../workers/worker-target.js';
import { transportSchema } from '../workers/worker-pool-options.js';
import type { WorkerTransport } from '../workers/worker-transport.js';
import type { ThreadContext } from './thread-context.js';
import { threadNameSchema, type ThreadSpec } from './thread-spec.js';

/**
 * Options of {@link workerThread}.
 *
 * @example
 * ```ts
 * const options: WorkerThreadOptions = { name: 'echo', target: { module: url, fn: 'echo' } };
 * ```
 */
export interface WorkerThreadOptions {
  readonly name: string;
  /** The worker function that is the thread's body (`fn(...args, ctx)`). */
  readonly target: WorkerTarget;
  readonly args?: readonly unknown[];
  /** Run in a dedicated worker (default true) or in a pool worker. */
  readonly standalone?: boolean;
  /** The pool to run in (e.g. `runtime.workers.pool`); default: a pool of the thread's own. */
  readonly pool?: WorkerPool;
  /** How the thread's own pool starts workers (without `pool`); default by platform. */
  readonly transport?: WorkerTransport;
}

const optionsSchema = object<WorkerThreadOptions>({
  name: threadNameSchema,
  target: workerTargetSchema,
  args: optional(array('expected an array of arguments')),
  standalone: optional(boolean()),
  pool: optional(instance(WorkerPool, 'expected a WorkerPool')),
  transport: optional(transportSchema),
});

/**
 * A thread whose body is a worker function, for its parent like any other child: IN
 * messages (`handle.send`) reach the worker's `ctx.onMessage` in order, every
 * `ctx.progress(value)` is an UP message (delivered on frames, none coalesced), the
 * function's return value ends the thread with that result, a throw or a worker crash
 * crashes it (failure policies apply), and stopping it cancels the call (terminating
 * its worker). Each (re)start of the thread runs the function anew.
 *
 * @example
 * ```ts
 * const echo = workerThread<string, string>({ name: 'echo', target: { module: url, fn: 'echo' } });
 * const child = ctx.spawn(echo, { policy: { type: 'restart', max: 3 } });
 * child.send('hello'); // the worker calls ctx.progress('HELLO') → the parent's onUp
 * ```
 */
export function workerThread<In = unknown, Up = unknown, R = unknown>(
  options: WorkerThreadOptions,
): ThreadSpec<In, Up, R> {
  // a copy: the thread reads it on every (re)start, long after the caller's object may change
  const o = { ...parse(optionsSchema, options, 'options') };
  const inboxes = new WeakMap<object, Subject<In>>();
  return {
    name: o.name,
    onIn: (message, ctx) => inboxes.get(ctx)?.next(message),
    body: (ctx) => defer(() => run(o, ctx, inboxes)),
  };
}

function run<In, Up, R>(
  o: WorkerThreadOptions,
  ctx: ThreadContext<Up, R>,
  inboxes: WeakMap<object, Subject<In>>,
): Observable<R> {
  const inbox = new Subject<In>();
  inboxes.set(ctx, inbox);
  const pool = o.pool ?? new WorkerPool({ scheduler: ctx.scheduler, size: 1, transport: o.transport });
  const call = pool.exec<R>(o.target, o.args ?? [], {
    standalone: o.standalone ?? true,
    progress: 'all',
    onProgress: (values: readonly Up[]) => values.forEach((v) => ctx.up(v)),
    inbox,
  });
  return call.pipe(
    finalize(() => {
      inboxes.delete(ctx);
      if (pool !== o.pool) pool.dispose();
    }),
  );
}
