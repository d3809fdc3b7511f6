// TEMPORARY: stands in for the public entry until lib/index.ts re-exports the runtime.
export * from '../../lib/index.js';
export { createRuntime, Runtime } from '../../lib/runtime/index.js';
export type { TaskRow } from '../../lib/tasks/index.js';
