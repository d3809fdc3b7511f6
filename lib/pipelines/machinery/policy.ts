/**
 * How a pipeline treats a new value while earlier tasks are still active:
 * - `switch`: cancel them (reason `restarted`) and start the new one;
 * - `exhaust`: drop the value;
 * - `concat`: queue it (a gate of 1), in order;
 * - `merge`: queue it behind a gate of `concurrency`;
 * - `keepLatest`: one runs, one waits; a newer value replaces the waiting one (reason `superseded`).
 */
export type Policy = 'switch' | 'exhaust' | 'concat' | 'merge' | 'keepLatest';
