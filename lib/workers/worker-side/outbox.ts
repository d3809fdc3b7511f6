import { STRIDE, type Batch, type EventKind } from '../protocol.js';
import { toRemoteError } from './to-remote-error.js';
import type { WorkerPort } from './worker-port.js';

const MAX_PROGRESS_PER_MESSAGE = 512;
const MAX_PROGRESS_DELAY_MS = 8;

const later: (fn: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
    ? (fn) => setImmediate(fn)
    : (fn) => setTimeout(fn, 0);

/**
 * Collects a worker's outgoing events and sends them in batches. A flood of progress
 * calls becomes one message per 512 values, per 8 ms, or per macrotask, whichever comes
 * first: sending each value alone costs the main thread a message event per value.
 *
 * @example
 * ```ts
 * outbox.progress(7, 0.5); outbox.push('ok', 7, result, 1.2); outbox.flush();
 * ```
 */
export class Outbox {
  #events: Batch = [];
  #progressCount = 0;
  #lastFlush = performance.now();
  #flushQueued = false;
  readonly #port: WorkerPort;

  constructor(port: WorkerPort) {
    this.#port = port;
  }

  /** Ms since the last message went out. */
  get sinceFlush(): number {
    return performance.now() - this.#lastFlush;
  }

  push(kind: EventKind, id: number, a: unknown, b: unknown): void {
    this.#events.push(kind, id, a, b);
  }

  progress(id: number, value: unknown): void {
    const events = this.#events;
    const at = events.length - STRIDE;
    if (at >= 0 && events[at] === 'p' && events[at + 1] === id) (events[at + 2] as unknown[]).push(value);
    else events.push('p', id, [value], 0);
    if (++this.#progressCount >= MAX_PROGRESS_PER_MESSAGE || this.sinceFlush >= MAX_PROGRESS_DELAY_MS) this.flush();
    else if (!this.#flushQueued) {
      this.#flushQueued = true;
      later(this.#flushLater);
    }
  }

  flush(): void {
    this.#lastFlush = performance.now();
    if (this.#events.length === 0) return;
    const events = this.#events;
    this.#events = [];
    this.#progressCount = 0;
    try {
      this.#port.post(events);
    } catch {
      for (let i = 0; i < events.length; i += STRIDE) this.#postAlone(events.slice(i, i + STRIDE));
    }
  }

  readonly #flushLater = (): void => {
    this.#flushQueued = false;
    this.flush();
  };

  /**
   * A value that cannot be cloned fails its own task, not the whole batch. A progress value
   * fails a task that may still run: its `'err'` says so (run ms -1), and the pool stops it. A
   * result keeps its run ms: the pool times the function by it.
   */
  #postAlone(event: Batch): void {
    try {
      this.#port.post(event);
    } catch (error) {
      if (event[0] === 'ok' || event[0] === 'p')
        this.#port.post(['err', event[1], toRemoteError(error), event[0] === 'p' ? -1 : event[3]]);
    }
  }
}
