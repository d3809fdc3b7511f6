import type { Observable } from 'rxjs';
import { defer, EMPTY, ignoreElements, Subject, tap } from '../../rx.js';
import type { NormalPolicy } from '../child-policy.js';
import type { ThreadOutcome } from '../thread-exit.js';
import type { ThreadHandle } from '../thread-handle.js';
import type { LaunchInstance, ThreadInstance } from './thread-instance.js';
import type { ThreadSpec } from '../thread-spec.js';
import { isFinalStatus } from '../thread-status.js';
import { RestartState } from './restart-state.js';
import { ThreadLifecycle } from './thread-lifecycle.js';
import type { ChildOwner, ParentSide, UpItem, UpSink } from './up-sink.js';

/**
 * A child as its parent holds it: the current instance plus its supervision. With a
 * `restart` policy a crashed instance is replaced by a fresh one after the back-off;
 * the slot (the handle the parent got from `spawn`) stays the same, IN messages sent
 * meanwhile are held for the new instance, and `status$` goes `stopping → starting`.
 *
 * @example
 * ```ts
 * const slot = new ChildSlot(family, ownerCore, launch, spec, { type: 'isolate' });
 * slot.launch();
 * ```
 */
export class ChildSlot<In, Up, R> extends ThreadLifecycle<R> implements ThreadHandle<In, Up, R>, UpSink<Up, R> {
  #current: ThreadInstance<In, R> | undefined;
  readonly #restart: RestartState<In>;
  #settled = false;
  readonly #upSubject = new Subject<Up>();
  readonly up$: Observable<Up> = this.#upSubject.asObservable();

  readonly #parent: ParentSide<Up>;
  readonly #owner: ChildOwner;
  readonly #launchInstance: LaunchInstance;
  readonly #spec: ThreadSpec<In, Up, R, any>;

  constructor(
    parent: ParentSide<Up>,
    owner: ChildOwner,
    launchInstance: LaunchInstance,
    spec: ThreadSpec<In, Up, R, any>,
    policy: NormalPolicy,
  ) {
    super();
    this.#parent = parent;
    this.#owner = owner;
    this.#launchInstance = launchInstance;
    this.#spec = spec;
    this.#restart = new RestartState(policy);
  }

  get id(): string {
    return this.#current?.id ?? '';
  }

  get name(): string {
    return this.#spec.name;
  }

  /** Starts a (new) instance and hands it the messages held during a restart. */
  launch(): void {
    const core = this.#launchInstance(this.#spec, this);
    this.#current = core;
    core.status$.subscribe((s) => {
      const forward = s !== 'idle' && !isFinalStatus(s) && s !== this.status;
      if (forward && !this.#settled && this.#current === core) this.setStatus(s);
    });
    core.start();
    for (const message of this.#restart.release()) core.send(message);
  }

  send(message: In): void {
    const core = this.#current;
    if (this.#settled || !core) this.refuse('send to');
    if (
      this.#restart.waiting ||
      (this.#restart.mayRestart && (core.status === 'stopping' || isFinalStatus(core.status)))
    )
      this.#restart.hold(message);
    else core.send(message);
  }

  stop(): Promise<ThreadOutcome<R>> {
    if (this.#restart.forbid() && !this.#settled) {
      // settled now: a parent's halt$ in this frame must not take the crashed instance for a live one;
      // its onChildExit runs on the frame, only while it still runs (a stopping parent gets no hooks)
      const outcome = this.#settle({ exit: { type: 'aborted' }, teardownErrors: [] });
      this.#owner.host.onFrame(() => this.ready() && this.#parent.childSettled(this, outcome, false).subscribe());
    } else if (!this.#settled) void this.#current?.stop();
    return this.join();
  }

  /** The parent takes UP messages only while it runs. */
  ready(): boolean {
    return this.#owner.status === 'running';
  }

  fail(error: unknown): void {
    this.#owner.crash(error);
  }

  kick(): void {
    this.#current?.outbox.kick();
  }

  deliver(item: UpItem<Up, R>): Observable<never> {
    if (item.kind === 'message') {
      this.#upSubject.next(item.message);
      return this.#parent.onUp(item.message, this);
    }
    if (this.#settled) return EMPTY;
    const crashed = item.outcome.exit.type === 'crashed';
    if (crashed && this.#restart.take(this.#owner.host.scheduler, () => this.launch())) {
      this.setStatus('starting');
      return EMPTY;
    }
    return this.#parent.childSettled(this, this.#settle(item.outcome), crashed && this.#restart.escalates);
  }

  /** Stops the child for good as part of the parent's stop; completes once it is final. */
  halt$(): Observable<never> {
    return defer(() => {
      const waited = this.#restart.forbid();
      const core = this.#current;
      if (this.#settled || !core) return EMPTY;
      if (waited) {
        this.#settle({ exit: { type: 'aborted' }, teardownErrors: [] });
        return EMPTY;
      }
      void core.stop();
      return core.exit$.pipe(
        tap((outcome) => {
          if (outcome.exit.type === 'crashed') this.#owner.teardownError(outcome.exit.error);
          this.#settle(outcome);
        }),
        ignoreElements(),
      );
    });
  }

  #settle(outcome: ThreadOutcome<R>): ThreadOutcome<R> {
    if (this.#settled) return outcome;
    this.#settled = true;
    this.#restart.release();
    this.#current?.outbox.close();
    this.#upSubject.complete();
    this.settleStatus(outcome);
    return outcome;
  }
}
