import type { RequestListener } from 'node:http';
import { first, firstValueFrom, map, Subject } from 'rxjs';
import { isTerminal, type Runtime } from '../../lib/index.js';
import { serverWork, type ServerStatus, type ServerSummary } from './server-work.js';

/** The server's status as the main thread sees it: from the task table, once per frame. */
export type ServerState = ServerStatus | ServerSummary | { readonly state: 'stopped' };

/**
 * An HTTP server with seed 002's lifecycle as one long-lived task on a runtime:
 * `start()` runs it, `status()` reads its row, `stop()` closes it and the task completes.
 */
export class HttpServerTask {
  private id: string | undefined;
  private live = false;
  private stop$ = new Subject<void>();

  constructor(
    private readonly runtime: Runtime,
    private readonly handler: RequestListener,
    private readonly port = 0,
  ) {}

  /** Starts the server task (or returns the one already running); returns its task id. */
  start(): string {
    if (this.live && this.id !== undefined) return this.id;
    this.stop$ = new Subject<void>();
    const work = serverWork(this.handler, this.port, this.stop$);
    const id = this.runtime.run(work, { description: `http server 127.0.0.1:${this.port}` });
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
    this.stop$.next();
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
