import { UnknownRemoteFunctionError } from '../../errors.js';
import { describeValue } from '../../validation/describe-value.js';
import type { RemoteFunctions, RemoteJobContext } from '../remote-function.js';
import { bad } from '../remote-queue-options.js';
import type { ServeQueueOptions } from '../serve-queue-options.js';
import { servedFunction, servedNames } from './served-functions.js';
import { threadCall } from './thread-call.js';

/**
 * Calls the function a job's name names, with the job's data and context. Throws
 * `UnknownRemoteFunctionError` for a name nothing is served under (in a thread, its promise
 * rejects with it).
 *
 * @example
 * ```ts
 * const out = call(job.name, job.data, served); // a value, or a promise of one
 * ```
 */
export type JobCall = (name: string, data: unknown, ctx: RemoteJobContext) => unknown;

/**
 * What a server's jobs call: `functions[name]` in this process, or, with `isolate: 'thread'`,
 * the function of that name from the module at the URL `functions`, in a thread of its own.
 * Checks that `functions` fits `isolate` at once, so `serveQueue` throws before it connects.
 * The inline and thread paths are chosen here once rather than per job.
 *
 * @example
 * ```ts
 * const call = jobCaller({ search }, parseServeQueueOptions({ queue: 'q', connection }));
 * call('search', { q: 'x' }, ctx); // search({ q: 'x' }, ctx)
 * ```
 */
export function jobCaller(
  functions: RemoteFunctions | object | URL | string,
  { queue, isolate, terminateAfter }: Required<ServeQueueOptions>,
): JobCall {
  const module = typeof functions === 'string' || functions instanceof URL;
  if ((isolate === 'thread') !== module) {
    bad(
      'functions',
      functions,
      module ? 'expected an object of functions' : 'expected a module URL (isolate: "thread")',
    );
  }
  // the names served are listed only when a job names none of them, the rare path
  const unknown = (name: string, names: string[]) =>
    new UnknownRemoteFunctionError(
      `queue "${queue}" has no function ${describeValue(name)} (it serves: ${names.map((n) => describeValue(n)).join(', ') || 'none'})`,
    );
  if (module) {
    // the href read per job, not once: a URL object is mutable and the job runs what it says then
    return (name, data, ctx) =>
      threadCall(functions instanceof URL ? functions.href : functions, name, data, ctx, terminateAfter, (names) =>
        unknown(name, names),
      );
  }
  return (name, data, ctx) => {
    const fn = servedFunction(functions, name);
    if (fn === undefined) throw unknown(name, servedNames(functions));
    return fn.call(functions, data, ctx);
  };
}
