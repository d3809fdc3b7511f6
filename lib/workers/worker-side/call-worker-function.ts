import type { Outbox } from './outbox.js';
import type { RunningTask } from './running-task.js';
import { toRemoteError } from './to-remote-error.js';
import type { WorkerFunction } from './worker-functions.js';

/**
 * Calls a worker function for a task: its arguments, then the task's context. When the
 * call ends, `ended` runs and its outcome goes to the outbox (`'ok'` with the value or
 * `'err'` with the error, and the run time in ms). Returns a promise only when the
 * function returned one, so sync functions run back to back without a microtask.
 *
 * @example
 * ```ts
 * const pending = callWorkerFunction(fns.build, task, [params], outbox, () => (current = undefined));
 * ```
 */
export function callWorkerFunction(
  fn: WorkerFunction,
  task: RunningTask,
  args: readonly unknown[],
  outbox: Outbox,
  ended: () => void,
): Promise<void> | undefined {
  const t0 = performance.now();
  let value: unknown;
  try {
    value = fn(...args, task.context(outbox));
  } catch (error) {
    return finish(task, outbox, ended, 'err', toRemoteError(error), t0);
  }
  if (!isThenable(value)) return finish(task, outbox, ended, 'ok', value, t0);
  return Promise.resolve(value).then(
    (v) => finish(task, outbox, ended, 'ok', v, t0),
    (error: unknown) => finish(task, outbox, ended, 'err', toRemoteError(error), t0),
  );
}

function finish(
  task: RunningTask,
  outbox: Outbox,
  ended: () => void,
  kind: 'ok' | 'err',
  value: unknown,
  t0: number,
): undefined {
  outbox.push(kind, task.id, value, performance.now() - t0);
  ended();
  task.end();
  return undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
