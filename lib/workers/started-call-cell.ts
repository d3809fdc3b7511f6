/**
 * A worker's started-call cell: one `Int32` in a `SharedArrayBuffer` that the worker and
 * the main thread both see. The worker writes the id of each call as it starts it (0:
 * none yet); the main thread, about to end the worker for a cancelled call it believes
 * runs there, first reads which call the worker started last. If that is one the worker
 * held behind the cancelled call, the cancelled call has ended (its result is on its way)
 * and the worker has moved on: it is kept, so that call does not run a second time
 * elsewhere. Otherwise the main thread swaps the value for {@link CLAIMED} in one atomic
 * step, and a claimed worker starts no call: the calls it held provably never started
 * and may run elsewhere. Without shared memory (a browser page that is not cross-origin
 * isolated) there is no cell, and the worker is ended as before.
 *
 * @example
 * ```ts
 * const cell = newStartedCallCell();
 * if (cell === undefined || claimUnlessMovedOn(cell, (id) => heldBehind(job, id))) retire(slot);
 * ```
 */
export function newStartedCallCell(): Int32Array | undefined {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return typeof SharedArrayBuffer === 'function' && isolated !== false
    ? new Int32Array(new SharedArrayBuffer(4))
    : undefined;
}

/** The cell's value once the main thread ends the worker: the worker starts no call. */
export const CLAIMED = -1;

/**
 * Worker side: records that call `id` starts; false when the main thread has claimed the
 * worker (the call must not start).
 *
 * @example
 * ```ts
 * if (cell && !enterCall(cell, id)) return; // being ended
 * ```
 */
export function enterCall(cell: Int32Array, id: number): boolean {
  return swapUnless(cell, id, isClaimed);
}

/** Made once: `enterCall` runs for every call a worker starts. */
const isClaimed = (now: number): boolean => now === CLAIMED;

/**
 * Main side, about to end the worker: claims it unless `movedOn(last)` says the call it
 * started last is one it held behind the cancelled call. True: claimed, end it.
 *
 * @example
 * ```ts
 * if (claimUnlessMovedOn(cell, (id) => heldBehind(job, id))) slot.terminate();
 * ```
 */
export function claimUnlessMovedOn(cell: Int32Array, movedOn: (last: number) => boolean): boolean {
  return swapUnless(cell, CLAIMED, (now) => now === CLAIMED || movedOn(now));
}

/**
 * Sets the cell to `value` unless `refuse(current)`; the other side may write between read
 * and swap: then read again.
 */
function swapUnless(cell: Int32Array, value: number, refuse: (now: number) => boolean): boolean {
  for (;;) {
    const now = Atomics.load(cell, 0);
    if (refuse(now)) return false;
    if (Atomics.compareExchange(cell, 0, now, value) === now) return true;
  }
}
