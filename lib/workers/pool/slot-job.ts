/**
 * What a worker slot needs of a job to send it: its protocol id, the call, and the
 * messages to deliver with it. Its own file so that jobs and slots, which refer to each
 * other, do not import each other.
 *
 * @example
 * ```ts
 * const job: SlotJob = { seq: 7, fn: 'build', args: [params], transfer: [], mail: undefined };
 * ```
 */
export interface SlotJob {
  readonly seq: number;
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly transfer: readonly Transferable[];
  /** Inbound messages to send with the run command (kept until the job heads its worker). */
  readonly mail: readonly unknown[] | undefined;
}
