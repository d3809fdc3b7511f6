// The base of every frametasks error, and the errors of using the library that any part of
// it may throw: a bad argument, a disposed object, workers not enabled.
import type { ErrorCode } from './error-codes.js';

/**
 * Base class of every error frametasks creates (abstract: every error is one of the named
 * classes of lib/errors/, and each spells out its own `name`).
 *
 * @example
 * ```ts
 * try { runtime.cancel('nope'); } catch (e) {
 *   if (e instanceof FrametasksError) console.log(e.code);
 * }
 * ```
 */
export abstract class FrametasksError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    // No `this.name = new.target.name`: minifiers rename classes, so a bundled error would
    // be called "Z" in rows, the table's text and logs. Each class sets its name instead.
  }
}

/**
 * A public function was called with a value it cannot accept. The message quotes the value.
 *
 * @example
 * ```ts
 * afterFrames(-1, fn); // throws InvalidArgumentError: frames must be ... (got -1)
 * ```
 */
export class InvalidArgumentError extends FrametasksError {
  constructor(message: string) {
    super('ERR_FRAMETASKS_INVALID_ARGUMENT', message);
    this.name = 'InvalidArgumentError';
  }
}

/**
 * The object was disposed and can no longer accept work.
 *
 * @example
 * ```ts
 * runtime.dispose();
 * runtime.run(of(1)); // throws DisposedError
 * ```
 */
export class DisposedError extends FrametasksError {
  constructor(what: string) {
    super('ERR_FRAMETASKS_DISPOSED', `${what} is disposed`);
    this.name = 'DisposedError';
  }
}

/**
 * `runtime.workers` was used on a runtime created without workers. Workers are opt-in,
 * so a runtime that never uses them carries none of their code.
 *
 * @example
 * ```ts
 * createRuntime({ frames }).workers; // throws WorkersNotEnabledError
 * createRuntime({ frames, workers: workerPool({ size: 2 }) }).workers.run(target, []); // fine
 * ```
 */
export class WorkersNotEnabledError extends FrametasksError {
  constructor() {
    super(
      'ERR_FRAMETASKS_WORKERS_NOT_ENABLED',
      'runtime.workers: workers are not enabled; create the runtime with createRuntime({ ..., workers: workerPool() })',
    );
    this.name = 'WorkersNotEnabledError';
  }
}
