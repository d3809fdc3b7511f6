import type { Observable } from 'rxjs';
import type { ThreadOutcome } from '../thread-exit.js';
import type { ThreadSpec } from '../thread-spec.js';
import type { ThreadStatus } from '../thread-status.js';
import type { UpSink } from './up-sink.js';

/**
 * One running instance of a thread, as the child slot that supervises it drives it
 * ({@link ThreadCore} is the implementation). The slot knows only this interface and
 * gets instances from a {@link LaunchInstance}, so thread-core → family → child slot
 * has no import back to thread-core.
 *
 * @example
 * ```ts
 * const instance: ThreadInstance<string, number> = launch(spec, slot);
 * instance.start();
 * ```
 */
export interface ThreadInstance<In, R> {
  readonly id: string;
  readonly status: ThreadStatus;
  readonly status$: Observable<ThreadStatus>;
  readonly exit$: Observable<ThreadOutcome<R>>;
  /** The channel UP to the parent: `kick` re-checks readiness, `close` drops what is left. */
  readonly outbox: { kick(): void; close(): void };
  start(): void;
  send(message: In): void;
  stop(): Promise<ThreadOutcome<R>>;
}

/**
 * Creates a fresh instance of a child thread (on spawn, and again on each restart).
 *
 * @example
 * ```ts
 * const launch: LaunchInstance = (spec, sink) => new ThreadCore(spec, host, sink, parentCore);
 * ```
 */
export type LaunchInstance = <In, Up, R>(
  spec: ThreadSpec<In, Up, R, any>,
  sink: UpSink<Up, R>,
) => ThreadInstance<In, R>;
