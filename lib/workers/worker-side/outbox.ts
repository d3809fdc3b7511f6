import type { WorkerEvent } from '../protocol.js';
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
 * outbox.progress(7, 0.5); outbox.push(['ok', 7, result, 1.2]); outbox.flush();
 * ```
 */
export class Outbox {
  private events: WorkerEvent[] = [];
  private progressCount = 0;
  private lastFlush = performance.now();
  private flushQueued = false;

  constructor(private readonly port: WorkerPort) {}

  /** Ms since the last message went out. */
  get sinceFlush(): number {
    return performance.now() - this.lastFlush;
  }

  push(event: WorkerEvent): void {
    this.events.push(event);
  }

  progress(id: number, value: unknown): void {
    const last = this.events[this.events.length - 1];
    if (last && last[0] === 'p' && last[1] === id) last[2].push(value);
    else this.events.push(['p', id, [value]]);
    if (++this.progressCount >= MAX_PROGRESS_PER_MESSAGE || this.sinceFlush >= MAX_PROGRESS_DELAY_MS) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      later(this.flushLater);
    }
  }

  flush(): void {
    this.lastFlush = performance.now();
    if (this.events.length === 0) return;
    const events = this.events;
    this.events = [];
    this.progressCount = 0;
    try {
      this.port.post(events);
    } catch {
      for (const event of events) this.postAlone(event);
    }
  }

  private readonly flushLater = (): void => {
    this.flushQueued = false;
    this.flush();
  };

  /** A value that cannot be cloned fails its own task, not the whole batch. */
  private postAlone(event: WorkerEvent): void {
    try {
      this.port.post([event]);
    } catch (error) {
      if (event[0] === 'ok' || event[0] === 'p') this.port.post([['err', event[1], toRemoteError(error), 0]]);
    }
  }
}
