import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Observable } from 'rxjs';
import type { WorkFunction } from '../../lib/index.js';

/** What the server reports as progress (seed 002's status queue, drained on frames). */
export type ServerStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'running'; readonly port: number }
  | { readonly state: 'stopping'; readonly port: number };

/** The task's result once the server has closed (also its last progress value). */
export interface ServerSummary {
  readonly state: 'stopped';
  readonly port: number;
  readonly requests: number;
}

/**
 * Work that serves HTTP on 127.0.0.1 until `stop$` emits; then it closes the server
 * (in-flight requests finish) and completes with a summary. Cancelling or timing out
 * closes it at once, open connections included.
 */
export function serverWork(
  handler: RequestListener,
  port: number,
  stop$: Observable<void>,
): WorkFunction<ServerSummary> {
  return (_signal, ctx) =>
    new Observable<ServerSummary>((subscriber) => {
      let requests = 0;
      const server = createServer((req, res) => {
        requests++;
        handler(req, res);
      });
      const bound = (): number => (server.address() as AddressInfo | null)?.port ?? port;
      ctx.progress({ state: 'starting' } satisfies ServerStatus);
      server.on('error', (error) => subscriber.error(error));
      server.listen(port, '127.0.0.1', () => ctx.progress({ state: 'running', port: bound() } satisfies ServerStatus));
      const stopping = stop$.subscribe(() => {
        const port = bound();
        ctx.progress({ state: 'stopping', port } satisfies ServerStatus);
        server.close(() => {
          subscriber.next({ state: 'stopped', port, requests });
          subscriber.complete();
        });
      });
      return () => {
        stopping.unsubscribe();
        if (!server.listening) return;
        server.close();
        server.closeAllConnections();
      };
    });
}
