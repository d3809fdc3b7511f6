import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';

/**
 * Keeps a runtime's frames coming while `busy()` says remote jobs are in flight: an
 * end-of-frame action that re-arms itself each frame, so the frame loop is not released
 * between a job's start and its news. Without it the loop lets go of its frame source
 * after the frame a job starts in and takes it again on the job's next event, and a job
 * submitted just after that waits a whole period from then instead of the rest of the
 * period the loop was on (intervalFrames starts counting when it is subscribed).
 *
 * @example
 * ```ts
 * const hold = new FrameHold(runtime.scheduler, () => tracker.size > 0);
 * hold.start(); // a job is in flight; the hold ends by itself on the first frame busy() is false
 * ```
 */
export class FrameHold {
  private on = false;

  constructor(
    private readonly scheduler: Pick<FrameScheduler, 'atEndOfFrame'>,
    private readonly busy: () => boolean,
  ) {}

  /** Holds the frames from now until a frame finds nothing in flight. */
  start(): void {
    if (this.on) return;
    this.on = true;
    this.scheduler.atEndOfFrame(this.tick);
  }

  private readonly tick = (): void => {
    if (this.busy()) this.scheduler.atEndOfFrame(this.tick);
    else this.on = false;
  };
}
