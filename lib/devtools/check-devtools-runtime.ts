import { invalidArgument } from '../validation/invalid-argument.js';
import type { DevtoolsRuntime } from './devtools-context.js';

const subscribable = (value: unknown): boolean =>
  typeof (value as { subscribe?: unknown } | null | undefined)?.subscribe === 'function';

/**
 * Returns `runtime` if it has what the panel reads of a frametasks runtime, else throws the
 * library's `InvalidArgumentError` quoting it. Checked by its shape (`table$` with a
 * `value`, `events$`, `scheduler.stats$`, `cancel`), not `instanceof Runtime`: the
 * devtools entry imports only types from the core (and a runtime from another copy of the
 * library would fail `instanceof`). A disposed runtime passes: the panel shows its last
 * table, as it does for a runtime disposed while mounted. Getters that do work
 * (`workers` creates the pool) are not read.
 *
 * @example
 * ```ts
 * checkDevtoolsRuntime({}); // throws InvalidArgumentError: runtime: expected a frametasks Runtime from createRuntime() (got {})
 * ```
 */
export function checkDevtoolsRuntime(runtime: unknown): DevtoolsRuntime {
  const r = runtime as Partial<DevtoolsRuntime> | null | undefined;
  if (
    !subscribable(r?.table$) ||
    !Array.isArray(r?.table$?.value) ||
    !subscribable(r?.events$) ||
    !subscribable(r?.scheduler?.stats$) ||
    typeof r?.cancel !== 'function'
  )
    invalidArgument('runtime', 'expected a frametasks Runtime from createRuntime()', runtime);
  return runtime as DevtoolsRuntime;
}
