import { asyncScheduler, type Subscription } from 'rxjs';
import { STRIDE, type Batch, type EventKind } from '../protocol.js';
import { TaskMailbox } from '../worker-side/task-mailbox.js';
import type { WorkerFunctions } from '../worker-side/worker-functions.js';
import type { WorkerExit, WorkerHandle } from '../worker-transport.js';
import { enterCall } from '../started-call-cell.js';
import { callFakeFunction } from './call-fake-function.js';

type Run = readonly [number, string, readonly unknown[], TaskMailbox];
type Event = readonly [EventKind, number, unknown, unknown];

/**
 * An in-thread stand-in for one worker, on RxJS's async scheduler (so in virtual time
 * inside `TestScheduler.run`). Functions may return a value, a promise-free observable
 * (its last value is the result, its timing is virtual), or throw. Messages are passed
 * by reference, each way after `latencyMs`; `ctx.onMessage` gets inbound messages.
 *
 * @example
 * ```ts
 * const worker = transport.workers[0];
 * worker.crash(3); // the running job fails with WorkerCrashedError, exit code 3
 * ```
 */
export class FakeWorker implements WorkerHandle {
  #queue: Run[] = [];
  #running: { id: number; sub: Subscription | undefined; controller: AbortController; box: TaskMailbox } | undefined;
  readonly #timers = new Set<Subscription>();
  /** The started-call cell the pool shares (see started-call-cell.ts). */
  #cell: Int32Array | undefined;
  #messageListener: (data: unknown) => void = () => {};
  #exitListener: (exit: WorkerExit) => void = () => {};
  /** True once the worker exited or was terminated. */
  exited = false;
  readonly #fns: WorkerFunctions | undefined;
  readonly #latencyMs: number;

  constructor(
    readonly url: string,
    fns: WorkerFunctions | undefined,
    latencyMs: number,
  ) {
    this.#fns = fns;
    this.#latencyMs = latencyMs;
    this.#later(() => (fns ? this.#emit(['ready', 0, 0, 0]) : this.crash(1, new Error(`Cannot find module '${url}'`))));
  }

  postMessage(message: unknown): void {
    this.#later(() => this.#accept(message as Batch));
  }

  onMessage(listener: (data: unknown) => void): void {
    this.#messageListener = listener;
  }

  onExit(listener: (exit: WorkerExit) => void): void {
    this.#exitListener = listener;
  }

  terminate(): void {
    this.crash(1, undefined);
  }

  /**
   * Ends the worker as `process.exit(code)` would (or an uncaught `error`). Messages it
   * already posted still arrive, then the exit: Node delivers them before `'exit'`.
   */
  crash(code: number, error?: unknown): void {
    if (this.exited) return;
    this.exited = true;
    this.#running?.sub?.unsubscribe();
    for (const t of this.#timers) t.unsubscribe();
    asyncScheduler.schedule(() => this.#exitListener({ code, error }), this.#latencyMs);
  }

  #accept(batch: Batch): void {
    for (let i = 0; i < batch.length; i += STRIDE) {
      const id = batch[i + 1] as number;
      const args = batch[i + 3] as readonly unknown[];
      if (batch[i] === 'r') this.#queue.push([id, batch[i + 2] as string, args, new TaskMailbox()]);
      else if (batch[i] === 'm') this.#mailbox(id)?.deliver(batch[i + 2] as unknown[]);
      else if (batch[i] === 'c' && this.#running?.id === id) this.#running.controller.abort();
      else if (batch[i] === 's') this.#cell = new Int32Array(batch[i + 2] as SharedArrayBuffer);
      else this.#giveBack(id);
    }
    if (!this.#running) this.#next();
  }

  /** Drops a queued job (cancelled or given back) and says so; a started one runs on. */
  #giveBack(id: number): void {
    const before = this.#queue.length;
    this.#queue = this.#queue.filter((r) => r[0] !== id);
    if (this.#queue.length < before) this.#emit(['back', id, 0, 0]);
  }

  #mailbox(id: number): TaskMailbox | undefined {
    return this.#running?.id === id ? this.#running.box : this.#queue.find((r) => r[0] === id)?.[3];
  }

  #next(): void {
    const cmd = this.#queue.shift();
    if (!cmd || this.exited) return;
    const [id, name, args, box] = cmd;
    if (this.#cell && !enterCall(this.#cell, id)) return; // claimed: it is being ended
    const fn = this.#fns?.[name];
    if (!fn) return this.#done(['nofn', id, name, Object.keys(this.#fns ?? {})]);
    const running = { id, sub: undefined as Subscription | undefined, controller: new AbortController(), box };
    this.#running = running;
    const started = this.#now();
    const progress = (v: unknown) => this.#emit(['p', id, [v], 0]);
    const ctx = { id, signal: running.controller.signal, progress, onMessage: box.listen.bind(box) };
    // 'ok' and 'err' carry the run time in virtual ms, as a worker reports it
    running.sub = callFakeFunction(fn, args, ctx, (kind, value) =>
      this.#done([kind, id, value, this.#now() - started]),
    );
  }

  /** Ends the running job with its outcome (or `'nofn'`) and starts the next one. */
  #done(event: Event): void {
    this.#running?.box.close();
    this.#running = undefined;
    this.#emit(event);
    this.#next();
  }

  /** Posted messages are on their way: a crash does not take them back (see {@link crash}). */
  #emit(event: Event): void {
    asyncScheduler.schedule(() => this.#messageListener([...event]), this.#latencyMs);
  }

  #now(): number {
    return asyncScheduler.now();
  }

  #later(fn: () => void): void {
    const timer = asyncScheduler.schedule(() => {
      this.#timers.delete(timer);
      if (!this.exited) fn();
    }, this.#latencyMs);
    this.#timers.add(timer);
  }
}
