export { FakeWorkerTransport } from './fake-worker-transport.js';
export { FakeWorker } from './fake-worker.js';
