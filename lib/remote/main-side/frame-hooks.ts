import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import type { Runtime } from '../../runtime/runtime.js';
import { FrameInbox } from '../../workers/frame-inbox.js';

/**
 * The hooks of {@link RemoteQueue.run}.
 *
 * @example
 * ```ts
 * const hooks: RemoteHooks<Mesh> = { onProgress: (p) => bar.set(p), onSuccess: (m) => scene.add(m) };
 * ```
 */
export interface RemoteHooks<T> {
  readonly onProgress?: ((progress: any) => void) | undefined;
  readonly onSuccess?: ((result: T) => void) | undefined;
  readonly onError?: ((error: unknown) => void) | undefined;
}

/**
 * `onProgress` on the main side at the start of a frame, as `runtime.workers` does (the
 * same {@link FrameInbox}): the latest progress at most once a frame. The job's body calls
 * the returned function with each progress its row takes, so a hooked job costs nothing
 * per event of other tasks (a filter over `events$` per hooked job was O(hooked jobs) per
 * event, and made every task's events observed). A throwing hook is reported on the
 * scheduler, like any frame work that throws.
 *
 * @example
 * ```ts
 * const progress = frameProgress(runtime.scheduler, (p) => bar.set(p));
 * progress(0.5); // bar.set(0.5) at the start of the next frame
 * ```
 */
export function frameProgress(
  scheduler: FrameScheduler,
  onProgress: (progress: any) => void,
): (value: unknown) => void {
  const inbox = new FrameInbox(scheduler, 'latest', { progress: onProgress, result: noop, error: noop });
  return (value) => inbox.progress([value]);
}

/**
 * `onSuccess` with the task's result or `onError` with its error, once, where the
 * runtime delivers results (on a frame). A throwing hook is reported on the scheduler.
 *
 * @example
 * ```ts
 * frameResults(runtime, id, { onSuccess: (r) => console.log(r) });
 * ```
 */
export function frameResults<T>(
  runtime: Pick<Runtime, 'scheduler' | 'tasks'>,
  id: string,
  hooks: RemoteHooks<T>,
): void {
  const { onSuccess, onError } = hooks;
  runtime.tasks.result<T>(id).subscribe({
    next: (r) => onSuccess && guarded(runtime.scheduler, () => onSuccess(r)),
    error: (e: unknown) => onError && guarded(runtime.scheduler, () => onError(e)),
  });
}

function guarded(scheduler: FrameScheduler, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    scheduler.atStartOfFrame(() => {
      throw error;
    });
  }
}

function noop(): void {}
