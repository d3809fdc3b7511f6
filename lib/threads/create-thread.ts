import { EMPTY, filter, Subject, type Observable } from 'rxjs';
import { z } from 'zod';
import { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { parse } from '../validation/parse.js';
import type { TaskThread } from './task-thread.js';
import { ThreadCore } from './thread-core.js';
import type { ThreadEvent } from './thread-event.js';
import type { ThreadOutcome } from './thread-exit.js';
import { ThreadHost } from './thread-host.js';
import type { ThreadNode } from './thread-node.js';
import { threadSpecSchema, type ThreadSpec } from './thread-spec.js';
import type { ThreadStatus } from './thread-status.js';
import type { ThreadTableLink } from './thread-table-link.js';
import type { UpItem, UpSink } from './up-sink.js';

/**
 * Options of {@link createThread}.
 *
 * @example
 * ```ts
 * const options: CreateThreadOptions = { scheduler, table: taskManagerLink(tasks) };
 * ```
 */
export interface CreateThreadOptions {
  /** The frame scheduler every hook, channel and task of the tree runs on. */
  readonly scheduler: FrameScheduler;
  /** Mirrors the tree into a task table (kind `thread`, with parent ids). */
  readonly table?: ThreadTableLink;
}

const optionsSchema = z.strictObject({
  scheduler: z.instanceof(FrameScheduler, { error: 'expected a FrameScheduler' }),
  table: z.custom<ThreadTableLink>((v) => typeof (v as ThreadTableLink | null)?.attach === 'function').optional(),
});

class RootThread<In, Up, R> implements TaskThread<In, Up, R>, UpSink<Up, R> {
  private readonly core: ThreadCore<In, Up, R, any>;
  private readonly upSubject = new Subject<Up>();
  readonly up$: Observable<Up> = this.upSubject.asObservable();

  constructor(
    spec: ThreadSpec<In, Up, R, any>,
    private readonly host: ThreadHost,
  ) {
    this.core = new ThreadCore(spec, host, this, undefined);
  }

  get id(): string {
    return this.core.id;
  }
  get name(): string {
    return this.core.name;
  }
  get status(): ThreadStatus {
    return this.core.status;
  }
  get status$(): Observable<ThreadStatus> {
    return this.core.status$;
  }
  get exit$(): Observable<ThreadOutcome<R>> {
    return this.core.exit$;
  }
  get in$(): Observable<In> {
    return this.core.in$;
  }
  get events$(): Observable<ThreadEvent> {
    return this.host.events$;
  }
  get tree$(): Observable<ThreadNode> {
    return this.host.tree$(this.core.id).pipe(filter((node): node is ThreadNode => node !== undefined));
  }

  start(): this {
    this.core.start();
    return this;
  }
  send(message: In): void {
    this.core.send(message);
  }
  stop(): Promise<ThreadOutcome<R>> {
    return this.core.stop();
  }
  join(): Promise<ThreadOutcome<R>> {
    return this.core.join();
  }

  ready(): boolean {
    return true;
  }
  deliver(item: UpItem<Up, R>): Observable<never> {
    if (item.kind === 'message') this.upSubject.next(item.message);
    else this.upSubject.complete();
    return EMPTY;
  }
  fail(): void {
    // delivering to up$ subscribers cannot fail: RxJS reports subscriber errors itself
  }
}

/**
 * Creates a root task thread (idle until `start()`); children are spawned from hooks
 * with `ctx.spawn`. A factory rather than a base class: hook types are inferred from
 * the spec object, hooks get a context instead of `this` (no binding pitfalls, no
 * access to siblings), and specs are plain data that compose and test easily.
 *
 * @example
 * ```ts
 * const counter = createThread<number, number>(
 *   { name: 'counter', onIn: (n, ctx) => ctx.up(n + 1) },
 *   { scheduler },
 * ).start();
 * counter.up$.subscribe(console.log);
 * counter.send(41); // logs 42 on a frame
 * ```
 */
export function createThread<In = unknown, Up = unknown, R = unknown, ChildUp = unknown>(
  spec: ThreadSpec<In, Up, R, ChildUp>,
  options: CreateThreadOptions,
): TaskThread<In, Up, R> {
  parse(threadSpecSchema, spec, 'spec');
  const { scheduler, table } = parse(optionsSchema, options, 'options');
  return new RootThread<In, Up, R>(spec, new ThreadHost(scheduler, table));
}
