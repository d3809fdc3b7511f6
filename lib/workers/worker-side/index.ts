export { defineWorker } from './define-worker.js';
export type { WorkerContext } from './worker-context.js';
export type { WorkerFunction, WorkerFunctions } from './worker-functions.js';
export { currentWorkerPort, type WorkerPort } from './worker-port.js';
