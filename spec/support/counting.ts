import { Observable, Subject } from 'rxjs';
import type { Frame } from '../../lib/frames/frame';

/** Live subscriptions to instrumented observables; back to zero means nothing leaked. */
export class LiveCounter {
  live = 0;
  opened = 0;

  /** Wraps `source` so each subscription is counted while it is open. */
  wrap<T>(source: Observable<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      this.live++;
      this.opened++;
      const inner = source.subscribe(subscriber);
      return () => {
        this.live--;
        inner.unsubscribe();
      };
    });
  }
}

/**
 * A frame source pumped synchronously by the test, on a manual clock: `frame()` moves the
 * clock by `frameMs` and emits one frame if the scheduler is subscribed (else it is idle).
 */
export class PumpedFrames {
  readonly clock = { t: 0, now: (): number => this.clock.t };
  readonly subscriptions = new LiveCounter();
  private readonly trigger = new Subject<Frame>();
  private index = 0;
  readonly frames: Observable<Frame> = this.subscriptions.wrap(this.trigger);

  constructor(readonly frameMs = 10) {}

  /** Whether the scheduler holds the frame source now. */
  get active(): boolean {
    return this.subscriptions.live > 0;
  }

  /** Advances the clock one frame; emits it when someone listens. Returns whether it ran. */
  frame(): boolean {
    this.clock.t += this.frameMs;
    if (!this.trigger.observed) return false;
    this.trigger.next({ index: this.index++, time: this.clock.t, delta: this.frameMs });
    return true;
  }

  /** Advances `n` frames; returns how many ran. */
  advance(n: number): number {
    let ran = 0;
    for (let i = 0; i < n; i++) if (this.frame()) ran++;
    return ran;
  }

  /** Pumps frames until the source goes idle (at most `max`); returns how many ran. */
  drain(max = 10_000): number {
    let ran = 0;
    while (this.active && ran < max) if (this.frame()) ran++;
    return ran;
  }
}
