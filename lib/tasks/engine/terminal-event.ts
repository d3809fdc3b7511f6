import { toErrorInfo } from '../error-info.js';
import type { TaskEvent } from '../task-event.js';
import type { CancelReason, TerminalStatus } from '../task-types.js';

/**
 * The event that ends a task in `status`; errors become plain TaskErrorInfo. A cancelled
 * task's reason is read from its TaskCancelledError (`explicit` when there is none).
 *
 * @example
 * ```ts
 * terminalEvent(id, now, 'timeout', new TaskTimeoutError(id, 30)); // { type: 'timedOut', ... }
 * ```
 */
export function terminalEvent(id: string, time: number, status: TerminalStatus, error: unknown): TaskEvent {
  switch (status) {
    case 'completed':
      return { type: 'completed', id, time };
    case 'cancelled':
      return {
        type: 'cancelled',
        id,
        time,
        reason: (error as { reason?: CancelReason } | undefined)?.reason ?? 'explicit',
      };
    case 'failed':
      return { type: 'failed', id, time, error: toErrorInfo(error) };
    case 'timeout':
      return { type: 'timedOut', id, time, error: toErrorInfo(error) };
  }
}
