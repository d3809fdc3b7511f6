export { remoteQueue, RemoteQueue, type RemoteRuntime } from './remote-queue.js';
export type { RemoteQueueOptions, RemoteJobOptions } from './remote-queue-options.js';
export type { RemoteWorkOptions, RemoteRunOptions } from './remote-run-options.js';
export { serveQueue, QueueServer } from './serve-queue.js';
export type { ServeQueueOptions } from './serve-queue-options.js';
export type { RemoteFunction, RemoteFunctions, RemoteJobContext } from './remote-function.js';
export {
  RemoteConnectionError,
  RemoteDataError,
  RemoteJobLostError,
  RemoteStalledError,
  RemoteTaskError,
  UnknownRemoteFunctionError,
} from '../errors.js';
