// npm run example:http-server — seed 002's web server lifecycle as one long-lived task in a
// standalone worker: start → 'starting' → 'running' (port, requests), a few requests,
// stop (a message to the worker) → 'stopping' → closed, completed.
import { distinctUntilChanged, map } from 'rxjs';
import { createRuntime, intervalFrames, workerPool } from '../../lib/index.js';
import { HttpServerTask } from './http-server-task.js';

const runtime = createRuntime({ frames: intervalFrames(60), workers: workerPool() });
const server = new HttpServerTask(runtime, {
  module: new URL('./server.worker.js', import.meta.url),
  greeting: 'hello from',
});

// The main thread watches the status the way the seed polls its status queue: per frame.
runtime.table$
  .pipe(
    map(() => JSON.stringify(server.status())),
    distinctUntilChanged(),
  )
  .subscribe((status) => console.log(`status: ${status}`));

const id = server.start();
const port = await server.whenRunning();
for (const path of ['/', '/scene', '/health']) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  const thread = response.headers.get('x-thread-id');
  console.log(`GET ${path} -> ${response.status} ${await response.text()} (worker thread ${thread})`);
}
const summary = await server.stop();
console.log(`stopped after ${summary.requests} requests; task ${runtime.status(id)}`);
runtime.dispose();
