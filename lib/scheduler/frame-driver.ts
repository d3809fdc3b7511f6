import type { Subscription } from 'rxjs';
import type { FrameSource } from '../frames/frame.js';

/**
 * Holds the subscription to a frame source: on while there is work, off when idle.
 * A source that emits synchronously while being subscribed is ignored for that
 * emission, so scheduling never runs work inside the `schedule()` call itself.
 *
 * @example
 * ```ts
 * const driver = new FrameDriver(frames, () => runFrame(), reportError);
 * driver.start(); // ... driver.stop();
 * ```
 */
export class FrameDriver {
  private subscription: Subscription | undefined = undefined;
  private subscribing = false;

  constructor(
    private readonly source: FrameSource,
    private readonly onFrame: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  get active(): boolean {
    return this.subscription !== undefined && !this.subscription.closed;
  }

  start(): void {
    if (this.active) return;
    this.subscribing = true;
    try {
      this.subscription = this.source.subscribe({
        next: () => {
          if (!this.subscribing) this.onFrame();
        },
        error: (error: unknown) => {
          this.subscription = undefined;
          this.onError(error);
        },
        complete: () => {
          this.subscription = undefined;
        },
      });
    } finally {
      this.subscribing = false;
    }
  }

  stop(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    subscription?.unsubscribe();
  }
}
