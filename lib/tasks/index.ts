export type {
  CancelReason,
  TaskStatus,
  TaskKind,
  TerminalStatus,
  TaskErrorInfo,
  TaskContext,
  TaskBody,
} from './task-types.js';
export type { TaskEvent, TaskEventType, TaskSubmittedEvent } from './task-event.js';
export type { TaskRow } from './task-row.js';
export type { TaskOptions } from './task-options.js';
export type { TaskManagerOptions } from './task-manager-options.js';
export { TaskManager } from './task-manager.js';
export { reduceTaskRow, isTerminal } from './reduce-task-row.js';
export { reduceTable, withLiveDurations, liveRow } from './reduce-table.js';
export { foldTaskEvent } from './task-table.js';
export { toErrorInfo } from './error-info.js';
export { formatTable } from './format-table.js';
export type { Work, WorkFunction } from './work.js';
export { defineWork, type DefinedWork, type WorkSpec } from './define-work.js';
export { sliced } from './sliced.js';
