import { RemoteJobLostError } from '../../errors.js';
import { decodeFailure } from '../failure-reason.js';

/**
 * Where a tracked job's news goes: the task body of its row.
 *
 * @example
 * ```ts
 * const sink: JobSink = { started: () => ctx.started?.(), attempt: (n) => ctx.setMeta?.({ attempt: n }), ... };
 * ```
 */
export interface JobSink {
  /** The job became active for the first time. */
  started(): void;
  /** The attempt number changed (1 on the first start; more after a crash or a retry). */
  attempt(attempt: number): void;
  progress(value: unknown): void;
  completed(result: unknown): void;
  failed(error: Error): void;
}

/**
 * One job the main side follows: turns BullMQ's events and re-read job states into its
 * row's news exactly once each (a job ends once; news after the end is ignored).
 *
 * @example
 * ```ts
 * const job = new TrackedJob('j1', 't1', sink);
 * job.active(1); job.progress(0.5); job.completed({ ok: true });
 * ```
 */
export class TrackedJob {
  /** The add reached Redis: a missing job now means lost, not "not yet added". */
  added = false;
  done = false;
  /** A re-read found the job gone from Redis once (the next one that does ends it lost). */
  missing = false;
  /** When the main side last heard of this job (event or re-read), ms since epoch. */
  lastHeard = Date.now();
  private attemptNo = 0;
  /** `active` events seen: an event is an attempt a re-read may have counted already. */
  private starts = 0;

  constructor(
    readonly jobId: string,
    readonly taskId: string,
    private readonly sink: JobSink,
  ) {}

  /** The job is active in its `attempt`-th run (0: an `active` event, the next run). */
  active(attempt = 0): void {
    if (this.heard()) return;
    // events count the runs; a re-read's attempt may be ahead of them (its reply read before the event)
    const next = Math.max(attempt > 0 ? attempt : ++this.starts, this.attemptNo);
    if (next === this.attemptNo) return;
    const first = this.attemptNo === 0;
    this.attemptNo = next;
    this.sink.attempt(next);
    if (first) this.sink.started();
  }

  progress(value: unknown): void {
    // before its start was seen (an adopted running job) the job stays silent: a re-read starts its row
    if (this.done || this.attemptNo === 0) return;
    this.heard();
    this.sink.progress(value);
  }

  completed(result: unknown): void {
    if (this.end()) this.sink.completed(result);
  }

  failed(reason: string): void {
    if (this.end()) this.sink.failed(decodeFailure(reason, this.taskId));
  }

  /** The job is not in Redis any more. */
  lost(): void {
    if (this.end()) this.sink.failed(new RemoteJobLostError(`remote job ${this.jobId} is gone from Redis`));
  }

  /** Ends with an error of the main side (the add failed, Redis unreachable). */
  error(error: Error): void {
    if (this.end()) this.sink.failed(error);
  }

  /** Marks the job ended by the main side (cancel, timeout): nothing more is reported. */
  release(): void {
    this.done = true;
  }

  private heard(): boolean {
    this.lastHeard = Date.now();
    return this.done;
  }

  /** Rows go through `running` to their end, even when the `active` event was missed. */
  private end(): boolean {
    if (this.heard()) return false;
    if (this.attemptNo === 0) this.active(1);
    this.done = true;
    return true;
  }
}
