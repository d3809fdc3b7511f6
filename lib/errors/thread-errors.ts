// Errors of task threads: a call the thread's state refuses, a thread that failed.
import { FrametasksError } from './frametasks-error.js';

/**
 * A task thread was used in a state that does not allow it (sending on a stopped
 * thread, spawning from a stopped parent, starting twice).
 *
 * @example
 * ```ts
 * await thread.join(); thread.send(1); // throws ThreadStateError
 * ```
 */
export class ThreadStateError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_THREAD_STATE', message);
    this.name = 'ThreadStateError';
  }
}

/**
 * A task thread failed (its body, a task or an escalated child threw); `cause` is the
 * original error.
 *
 * @example
 * ```ts
 * const { exit } = await thread.join();
 * if (exit.type === 'crashed') console.log(exit.error); // ThreadFailedError for a crashed child
 * ```
 */
export class ThreadFailedError extends FrametasksError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_FRAMETASKS_THREAD_FAILED', message, options);
    this.name = 'ThreadFailedError';
  }
}
