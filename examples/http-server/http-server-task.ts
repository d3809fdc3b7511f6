import { first, firstValueFrom, map, Subject } from 'rxjs';
import { isTerminal, type Runtime } from '../../lib/index.js';
import type { ServerArgs, ServerStatus, ServerSummary } from './server-status.js';

/** The server's status as the main thread sees it: from the task table, once per frame. */
export type ServerState = ServerStatus | ServerSummary | { readonly state: 'stopped' };

/** Where the server runs: the compiled server.worker module, its greeting and port (0 = free). */
export interface HttpServerOptions {
  readonly module: string | URL;
  readonly greeting?: string;
  readonly port?: number;
}

/**
 * An HTTP server with seed 002's lifecycle as one long-lived standalone worker task:
 * `start()` runs it, `status()` reads its row, `stop()` sends the worker `'stop'` and the
 * task completes once the server has closed.
 *
 * @example
 * ```ts
 * const server = new HttpServerTask(runtime, { module: new URL('./server.worker.js', import.meta.url) });
 * server.start();
 * const port = await server.whenRunning();
 * const { requests } = await server.stop();
 * ```
 */
export class HttpServerTask {
  private id: string | undefined;
  private live = false;
  private inbox = new Subject<'stop'>();

  constructor(
    private readonly runtime: Runtime,
    private readonly options: HttpServerOptions,
  ) {}

  /** Starts the server task (or returns the one already running); returns its task id. */
  start(): string {
    if (this.live && this.id !== undefined) return this.id;
    const { module, greeting = 'hello from', port = 0 } = this.options;
    this.inbox = new Subject<'stop'>();
    const args: ServerArgs = { port, greeting };
    const id = this.runtime.workers.run({ module, fn: 'serve' }, [args], {
      description: `http server 127.0.0.1:${port}`,
      standalone: true,
      inbox: this.inbox,
    });
    this.id = id;
    this.live = true;
    const ended = (): void => {
      if (this.id === id) this.live = false;
    };
    this.runtime.resultPromise(id).then(ended, ended);
    return id;
  }

  /** Asks the server to close; resolves with its summary once the task has completed. */
  stop(): Promise<ServerSummary> {
    if (this.id === undefined) return Promise.reject(new Error('the server was never started'));
    this.inbox.next('stop');
    return this.runtime.resultPromise<ServerSummary>(this.id);
  }

  /** The latest status the server task reported (as of the last frame). */
  status(): ServerState {
    if (!this.live) return { state: 'stopped' };
    const row = this.runtime.table$.value.find((r) => r.id === this.id);
    // until its first frame the new task has no row yet: it is starting
    if (row === undefined) return { state: 'starting' };
    if (isTerminal(row.status)) return { state: 'stopped' };
    return (row.progress as ServerState | undefined) ?? { state: 'starting' };
  }

  /** Resolves with the port once the table shows the server running. */
  whenRunning(): Promise<number> {
    return firstValueFrom(
      this.runtime.table$.pipe(
        map(() => this.status()),
        first((s) => s.state === 'running' || s.state === 'stopped'),
        map((s) => {
          if (s.state !== 'running') throw new Error('the server stopped before it was running');
          return s.port;
        }),
      ),
    );
  }
}
