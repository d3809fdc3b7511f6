/**
 * How one served job is stopped (cancel, timeout, BullMQ's own signal): the first reason
 * wins, the function's `ctx.signal` aborts with it and {@link JobStop.race} rejects with it.
 *
 * The AbortSignal is made only when the function reads `ctx.signal`: in Node 20, making
 * one and listening on it costs more than a trivial job's whole share of the worker's
 * time (measured: about 8 µs to create a signal, as much again per listener), so the stop
 * itself never goes through a signal.
 *
 * @example
 * ```ts
 * const stop = new JobStop();
 * const ctx = { get signal() { return stop.signal; } };
 * setTimeout(() => stop.stop(new TaskTimeoutError(id, 100)), 100);
 * return await stop.race(fn(data, ctx));
 * ```
 */
export class JobStop {
  private controller: AbortController | undefined = undefined;
  private why: Error | undefined = undefined;
  private reject: ((reason: Error) => void) | undefined = undefined;

  /** Aborted with the stop's reason; created on first read. */
  get signal(): AbortSignal {
    const controller = (this.controller ??= new AbortController());
    if (this.why !== undefined && !controller.signal.aborted) controller.abort(this.why);
    return controller.signal;
  }

  /** Whether the job was stopped (its outcome is then final: no retry). */
  get stopped(): boolean {
    return this.why !== undefined;
  }

  /** Stops the job with `reason`, unless it was stopped already. */
  stop(reason: Error): void {
    if (this.why !== undefined) return;
    this.why = reason;
    this.controller?.abort(reason);
    this.reject?.(reason);
  }

  /** Settles as `work` does, or rejects with the stop's reason as soon as the job is stopped. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.why !== undefined) return Promise.reject(this.why);
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      work.then(resolve, reject);
    });
  }
}
