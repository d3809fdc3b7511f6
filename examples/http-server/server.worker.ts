// Worker module of the HTTP server example: runs in a standalone worker thread, never on
// the main thread. Self-contained (only type imports besides the worker-side API), so
// the spec can transpile it next to the worker-side API.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { threadId } from 'node:worker_threads';
import { defineWorker, type WorkerContext } from '../../lib/workers/worker-side/index.js';
import type { ServerArgs, ServerStatus, ServerSummary } from './server-status.js';

/**
 * `serve({ port, greeting }, ctx)`: an `http` server on 127.0.0.1 that answers
 * `${greeting} ${url}` (header `x-thread-id`: the worker's thread id) and reports its
 * status as progress. A `'stop'` message closes it gracefully (in-flight requests
 * finish) and the call returns the summary; a listen error (port taken) fails the call.
 * Cancel and timeout terminate the worker, which closes everything at once.
 *
 * @example
 * ```ts
 * runtime.workers.run({ module: url, fn: 'serve' }, [{ port: 0, greeting: 'hi' }], { standalone: true, inbox });
 * ```
 */
export default defineWorker({
  serve({ port, greeting }: ServerArgs, ctx: WorkerContext): Promise<ServerSummary> {
    return new Promise((resolve, reject) => {
      let requests = 0;
      let bound = port;
      const report = (status: ServerStatus): void => ctx.progress(status);
      const server = createServer((req, res) => {
        requests++;
        res.setHeader('content-type', 'text/plain');
        res.setHeader('x-thread-id', String(threadId));
        res.end(`${greeting} ${req.url ?? '/'}`);
        report({ state: 'running', port: bound, requests });
      });
      report({ state: 'starting' });
      server.on('error', reject);
      server.listen(port, '127.0.0.1', () => {
        bound = (server.address() as AddressInfo).port;
        report({ state: 'running', port: bound, requests });
      });
      ctx.onMessage((message) => {
        if (message !== 'stop') return;
        report({ state: 'stopping', port: bound, requests });
        server.close(() => resolve({ state: 'stopped', port: bound, requests }));
      });
    });
  },
});
