/**
 * A worker's running-call cell: one `Int32` in a `SharedArrayBuffer` that the worker and
 * the main thread both see. The worker writes the id of the call it starts and 0 when the
 * call ends; the main thread, about to end the worker for a cancelled running call,
 * swaps that call's id (or 0) for {@link CLAIMED} in one atomic step. Either the swap
 * succeeds (no other call has started, and the worker starts none after it, so the calls
 * it holds provably never started and may run elsewhere) or another call's id is there
 * (the cancelled call already ended, its result on its way, and the worker runs the next
 * one: it is not ended, so no call runs twice). Without shared memory (a browser page that is not cross-origin
 * isolated) there is no cell, and the worker is ended as before.
 *
 * @example
 * ```ts
 * const cell = newRunningCell();
 * if (cell === undefined || claimUnlessMovedOn(cell, job.seq)) retire(slot);
 * ```
 */
export function newRunningCell(): Int32Array | undefined {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return typeof SharedArrayBuffer === 'function' && isolated !== false
    ? new Int32Array(new SharedArrayBuffer(4))
    : undefined;
}

/** The cell's value once the main thread ends the worker: the worker starts no call. */
export const CLAIMED = -1;

/**
 * Worker side: marks call `id` as running; false when the main thread has claimed the
 * worker (the call must not start).
 *
 * @example
 * ```ts
 * if (cell && !enterCall(cell, id)) return; // being ended
 * ```
 */
export function enterCall(cell: Int32Array, id: number): boolean {
  return Atomics.compareExchange(cell, 0, 0, id) === 0;
}

/**
 * Worker side: call `id` ended (a claim made meanwhile stays).
 *
 * @example
 * ```ts
 * leaveCall(cell, id);
 * ```
 */
export function leaveCall(cell: Int32Array, id: number): void {
  Atomics.compareExchange(cell, 0, id, 0);
}

/**
 * Main side, about to end the worker for call `id`: claims it unless the worker has moved
 * on to another call. True (claimed: end it) while the cell says `id` or 0, the call
 * running, not started yet or just ended, so no other call has started; false when
 * another call runs (`id` ended, its result on its way) or a claim was made before.
 *
 * @example
 * ```ts
 * if (claimUnlessMovedOn(cell, job.seq)) slot.terminate();
 * ```
 */
export function claimUnlessMovedOn(cell: Int32Array, id: number): boolean {
  for (;;) {
    const now = Atomics.load(cell, 0);
    if (now !== 0 && now !== id) return false;
    // the worker may start a call between the read and the swap: then read again
    if (Atomics.compareExchange(cell, 0, now, CLAIMED) === now) return true;
  }
}
