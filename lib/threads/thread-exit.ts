/**
 * Why a thread ended, modelled on Effection's `Exit`: it finished by itself with a
 * `result` (its body completed or it called `ctx.exit(value)`), it was `aborted` (stopped
 * from outside: `stop()`, its parent stopping, the task table cancelling it), or it
 * `crashed` (a hook, task, body or escalating child threw).
 *
 * @example
 * ```ts
 * const { exit } = await thread.join();
 * if (exit.type === 'crashed') console.error(exit.error);
 * ```
 */
export type ThreadExit<R = unknown> =
  | { readonly type: 'result'; readonly value: R | undefined }
  | { readonly type: 'aborted' }
  | { readonly type: 'crashed'; readonly error: unknown };

/**
 * What `join()` resolves with: the exit reason, and the errors thrown while tearing
 * down (by `exit`, by tasks or children during the stop), kept apart so a clean
 * result is never masked by a failing clean-up and vice versa.
 *
 * @example
 * ```ts
 * const outcome: ThreadOutcome = await thread.join();
 * outcome.teardownErrors.forEach((e) => console.warn('teardown', e));
 * ```
 */
export interface ThreadOutcome<R = unknown> {
  readonly exit: ThreadExit<R>;
  readonly teardownErrors: readonly unknown[];
}
