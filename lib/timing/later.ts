import { Subscription } from '../rx.js';
import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { toFrameScheduler } from '../scheduler/frame-scheduler-schema.js';
import { parse } from '../validation/parse.js';
import { functionSchema } from '../validation/schemas.js';
import { bindToOwner } from './bind-owner.js';
import { afterFrames } from './frame-waits.js';
import { laterOptionsSchema, type LaterOptions } from './later-options.js';
import { ownerEnded } from './owner.js';

/**
 * Runs `fn` once, later, on the scheduler's frames (seed 001's `run()`): in the next
 * frame by default, after N frames, after N ms, or at the end of the current frame —
 * optionally tied to an owner, in which case the call is dropped if the owner ends
 * first. An error thrown by `fn` is reported on the scheduler's `errors$`.
 *
 * @returns a handle: unsubscribe it to cancel; it is closed once `fn` has run
 * @throws InvalidArgumentError on a bad scheduler, function or option (nothing is scheduled then)
 * @example
 * ```ts
 * later(scheduler, () => camera.reset(), { frames: 2, owner: sceneScope });
 * later(scheduler, () => console.log('after the update phase'), { endOfFrame: true });
 * const handle = later(scheduler, save, { ms: 500 });
 * handle.unsubscribe(); // changed my mind
 * ```
 */
export function later(scheduler: FrameScheduler, fn: () => void, options: LaterOptions = {}): Subscription {
  const frames = toFrameScheduler(scheduler);
  const callback = parse(functionSchema, fn, 'fn') as () => void;
  const { owner, ...when } = parse(laterOptionsSchema, options, 'options');
  const handle = new Subscription();
  if (owner !== undefined) bindToOwner(owner, handle);
  if (handle.closed) return handle;
  const fire = () => {
    if (handle.closed) return;
    handle.unsubscribe();
    if (owner === undefined || !ownerEnded(owner)) callback();
  };
  const atEnd = () => handle.add(frames.atEndOfFrame(fire));
  const run = when.endOfFrame ? atEnd : fire;
  if (when.ms !== undefined) handle.add(frames.schedule(run, when.ms));
  else if (when.frames !== undefined || !when.endOfFrame) handle.add(afterFrames(frames, when.frames ?? 1, run));
  else atEnd();
  return handle;
}
