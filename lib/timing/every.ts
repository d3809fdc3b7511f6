import { Subscription } from '../rx.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { toFrameScheduler } from '../scheduler/frame-scheduler-schema.js';
import { parse } from '../validation/parse.js';
import { functionSchema } from '../validation/schemas.js';
import { bindToOwner } from './bind-owner.js';
import { everyFrames, everyMs } from './frame-waits.js';
import { everyOptionsSchema, type EveryOptions } from './later-options.js';
import { ownerEnded } from './owner.js';

/**
 * Runs `fn` repeatedly on the scheduler's frames: every frame by default, every N
 * frames, or every N ms, until the handle is unsubscribed or the owner ends. A call
 * that throws is reported on the scheduler's `errors$` and the repeats go on.
 *
 * @returns a handle: unsubscribe it to stop
 * @throws InvalidArgumentError on a bad scheduler, function or option (nothing is scheduled then)
 * @example
 * ```ts
 * const poll = every(scheduler, () => refreshStatus(), { ms: 250, owner: panel });
 * every(scheduler, () => fpsMeter.sample(), { frames: 10 });
 * poll.unsubscribe();
 * ```
 */
export function every(scheduler: FrameScheduler, fn: () => void, options: EveryOptions = {}): Subscription {
  const frames = toFrameScheduler(scheduler);
  const callback = parse(functionSchema, fn, 'fn') as () => void;
  const { owner, ...when } = parse(everyOptionsSchema, options, 'options');
  const handle = new Subscription();
  if (owner !== undefined) bindToOwner(owner, handle);
  if (handle.closed) return handle;
  const call = (): boolean => {
    if (owner !== undefined && ownerEnded(owner)) handle.unsubscribe();
    if (handle.closed) return false;
    try {
      callback();
    } catch (error) {
      frames.reportError(error);
    }
    return !handle.closed;
  };
  handle.add(when.ms !== undefined ? everyMs(frames, when.ms, call) : everyFrames(frames, when.frames ?? 1, call));
  return handle;
}
