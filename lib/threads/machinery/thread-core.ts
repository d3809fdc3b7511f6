import type { Observable } from 'rxjs';
import { Subject } from '../../rx.js';
import { ThreadStateError } from '../../errors.js';
import { FrameChannel } from './frame-channel.js';
import { hook$ } from '../hook-result.js';
import type { ThreadContext } from '../thread-context.js';
import type { ThreadExit, ThreadOutcome } from '../thread-exit.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadInstance } from './thread-instance.js';
import type { ThreadSpec } from '../thread-spec.js';
import { isFinalStatus, type ThreadStatus } from '../thread-status.js';
import type { ThreadRow } from '../thread-table-link.js';
import { ThreadTasks } from '../thread-tasks.js';
import { ThreadFamily } from './thread-family.js';
import { ThreadLifecycle } from './thread-lifecycle.js';
import { makeContext } from './make-context.js';
import { ThreadRun } from './thread-run.js';
import type { UpItem, UpSink } from './up-sink.js';

/**
 * One running instance of a thread: its status machine, channels, tasks and children.
 * It decides when each step runs (it owns the status); the steps themselves — `enter`,
 * the body, and once stopping the children halted and the `exit` hook — are its
 * {@link ThreadRun}. Users see it through a root {@link TaskThread} or a child's
 * {@link ThreadHandle}.
 *
 * @example
 * ```ts
 * const core = new ThreadCore(spec, host, sink, undefined);
 * core.start();
 * ```
 */
export class ThreadCore<In, Up, R, ChildUp> extends ThreadLifecycle<R> implements ThreadInstance<In, R> {
  readonly id: string;
  readonly name: string;
  readonly abort = new AbortController();
  readonly tasks: ThreadTasks;
  readonly family: ThreadFamily<ChildUp>;
  readonly ctx: ThreadContext<Up, R, ChildUp>;
  readonly outbox: FrameChannel<UpItem<Up, R>>;
  readonly in$: Observable<In>;
  row: ThreadRow | undefined = undefined;
  readonly #inSubject = new Subject<In>();
  readonly #inbox: FrameChannel<In>;
  readonly #run = new ThreadRun<R>();

  constructor(
    readonly spec: ThreadSpec<In, Up, R, ChildUp>,
    readonly host: ThreadHost,
    sink: UpSink<Up, R> | undefined,
    readonly parent: { readonly id: string; readonly row: ThreadRow | undefined } | undefined,
  ) {
    super();
    this.id = host.nextId();
    this.name = spec.name;
    const crash = (e: unknown): void => this.crash(e);
    const deliver = (m: In): Observable<never> => (this.#inSubject.next(m), hook$(() => spec.onIn?.(m, this.ctx)));
    this.#inbox = new FrameChannel(host.scheduler, { deliver, ready: () => this.status === 'running', fail: crash });
    // no sink: this core is a root thread (a subclass that is its own sink)
    this.outbox = new FrameChannel(host.scheduler, sink ?? (this as unknown as UpSink<Up, R>));
    this.tasks = new ThreadTasks(host.scheduler, (what) => this.guard(what), crash, {
      created: (name, cancel) => this.row?.tasks.created(name, cancel),
      ended: (name, error) => this.row?.tasks.ended(name, error),
    });
    // Children are ThreadCores too, with this one as their parent; the family gets the
    // constructor, not an import of it.
    this.family = new ThreadFamily<ChildUp>(this, (child, childSink) => new ThreadCore(child, host, childSink, this));
    this.ctx = makeContext(this);
    this.in$ = this.#inSubject.asObservable();
  }

  /** Returns the thread itself, so a root thread reads `createThread(spec).start()`. */
  start(): this {
    if (this.status !== 'idle') this.refuse('start');
    this.#enterStatus('starting');
    this.row = this.host.table?.attach({
      name: this.name,
      parentRowId: this.parent?.row?.rowId,
      stop: () => this.stop(),
    });
    // once the enter hook is done: IN and UP messages may flow
    const running = (): void => (this.#enterStatus('running'), this.#inbox.kick(), this.family.kick());
    this.host.onFrame(() => this.#run.start(this, running));
    return this;
  }

  send(message: In): void {
    // stopping or final: no more IN messages
    if (this.status === 'stopping' || isFinalStatus(this.status)) this.refuse('send to');
    this.#inbox.push(message);
  }

  up(message: Up): void {
    if (isFinalStatus(this.status)) this.refuse('send up from');
    this.outbox.push({ kind: 'message', message });
  }

  stop(): Promise<ThreadOutcome<R>> {
    // never started: no hooks ran, so there is nothing to tear down and no teardown error
    if (this.status === 'idle') this.#finalize({ exit: { type: 'aborted' }, teardownErrors: [] });
    else this.end({ type: 'aborted' });
    return this.join();
  }

  /** Ends a starting or running thread; later calls are no-ops. */
  end(exit: ThreadExit<R>): void {
    if (this.status !== 'starting' && this.status !== 'running') return;
    this.#enterStatus('stopping');
    this.tasks.stopAll();
    this.#run.cancel();
    this.#inbox.close();
    this.abort.abort();
    this.host.onFrame(() => this.#run.teardown(this, exit, (outcome) => this.#finalize(outcome)));
  }

  crash(error: unknown): void {
    if (this.status === 'stopping') this.teardownError(error);
    else this.end({ type: 'crashed', error });
  }

  teardownError(error: unknown): void {
    this.#run.teardownError(error);
  }

  /** Throws ThreadStateError unless the thread is starting or running. */
  guard(what: string): void {
    if (this.status !== 'starting' && this.status !== 'running')
      throw new ThreadStateError(`cannot ${what}: thread "${this.name}" is ${this.status}`);
  }

  #finalize(outcome: ThreadOutcome<R>): void {
    this.#emit(outcome.exit.type === 'crashed' ? 'failed' : 'stopped', outcome);
    this.#inSubject.complete();
    this.row?.end(outcome);
    this.outbox.push({ kind: 'exit', outcome });
    this.settleStatus(outcome);
  }

  #enterStatus(status: ThreadStatus): void {
    this.setStatus(status);
    this.#emit(status);
  }

  #emit(status: ThreadStatus, outcome?: ThreadOutcome<R>): void {
    const host = this.host;
    host.emit({ id: this.id, parentId: this.parent?.id, name: this.name, status, time: host.scheduler.now(), outcome });
  }
}
