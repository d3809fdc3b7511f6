import { describeValue } from '../validation/describe-value.js';
import type { TaskErrorInfo } from './task-types.js';

/**
 * Turns anything thrown into the plain {@link TaskErrorInfo} a row shows.
 *
 * @example
 * ```ts
 * toErrorInfo(new TypeError('bad')); // { name: 'TypeError', code: undefined, message: 'bad' }
 * ```
 */
export function toErrorInfo(error: unknown): TaskErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, code: typeof code === 'string' ? code : undefined, message: error.message };
  }
  return { name: 'Error', code: undefined, message: `non-error thrown: ${describeValue(error)}` };
}
