import { filter } from 'rxjs';
import type { Runtime } from '../runtime/runtime.js';

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
 * Calls a task's hooks on the main side at the start of a frame, as `runtime.workers`
 * does: the latest progress at most once a frame (from the row's progress events), the
 * result or the error once. A throwing hook is reported on the scheduler.
 *
 * @example
 * ```ts
 * frameHooks(runtime, id, { onSuccess: (r) => console.log(r) });
 * ```
 */
export function frameHooks<T>(runtime: Pick<Runtime, 'scheduler' | 'tasks'>, id: string, hooks: RemoteHooks<T>): void {
  const { scheduler, tasks } = runtime;
  const { onProgress, onSuccess, onError } = hooks;
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      scheduler.atStartOfFrame(() => {
        throw error;
      });
    }
  };
  if (onProgress) {
    let latest: unknown;
    let queued = false;
    const progress = tasks.events$.pipe(filter((e) => e.id === id && e.type === 'progress')).subscribe((e) => {
      latest = (e as { progress: unknown }).progress;
      if (queued) return;
      queued = true;
      scheduler.atStartOfFrame(() => ((queued = false), guard(() => onProgress(latest))));
    });
    tasks.result(id).subscribe({ error: () => progress.unsubscribe(), complete: () => progress.unsubscribe() });
  }
  if (!onSuccess && !onError) return;
  tasks.result<T>(id).subscribe({
    next: (r) => onSuccess && guard(() => onSuccess(r)),
    error: (e: unknown) => onError && guard(() => onError(e)),
  });
}
