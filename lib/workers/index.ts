export { WorkerPool } from './worker-pool.js';
export type { WorkerPoolOptions, ExecOptions } from './worker-pool-options.js';
export type { WorkerTarget } from './worker-target.js';
export type { FrameDelivery, ProgressMode } from './frame-inbox.js';
export type { WorkerTransport, WorkerHandle, WorkerExit, WorkerSpawnOptions } from './worker-transport.js';
export { nodeWorkerTransport } from './node-worker-transport.js';
export { browserWorkerTransport } from './browser-worker-transport.js';
export { defaultWorkerTransport } from './default-worker-transport.js';
export { defaultPoolSize } from './default-pool-size.js';
