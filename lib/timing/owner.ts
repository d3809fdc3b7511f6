import type { Unsubscribable } from 'rxjs';
import { custom } from '../validation/schema.js';

/**
 * What a run-later call can be tied to: when the owner ends first, the call is dropped.
 * A `Subscription` (or anything with `unsubscribe()`), an `AbortSignal`, or any
 * disposable object (`dispose()` or `[Symbol.dispose]()`, e.g. a scene node or a
 * `DisposableStack`).
 *
 * @example
 * ```ts
 * const owner: Owner = new AbortController().signal;
 * later(scheduler, refresh, { frames: 2, owner });
 * ```
 */
export type Owner =
  Unsubscribable | AbortSignal | { dispose(): void; readonly disposed?: boolean } | { readonly [key: symbol]: any };

/**
 * `Symbol.dispose` where the platform has it (typed loosely: not every target declares it).
 *
 * @example
 * ```ts
 * if (disposeSymbol) resource[disposeSymbol]();
 * ```
 */
export const disposeSymbol: symbol | undefined = (Symbol as unknown as { dispose?: symbol }).dispose;

type Loose = Record<PropertyKey, unknown>;

/**
 * Whether `value` is an AbortSignal-like object.
 *
 * @example
 * ```ts
 * isAbortSignal(new AbortController().signal); // true
 * ```
 */
export function isAbortSignal(value: object): value is AbortSignal {
  return typeof (value as Loose).addEventListener === 'function' && typeof (value as Loose).aborted === 'boolean';
}

function isOwner(value: unknown): value is Owner {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const v = value as Loose;
  const symbolDispose = disposeSymbol !== undefined && typeof v[disposeSymbol] === 'function';
  return (
    typeof v.unsubscribe === 'function' || typeof v.dispose === 'function' || symbolDispose || isAbortSignal(value)
  );
}

/**
 * Validates an {@link Owner}.
 *
 * @example
 * ```ts
 * const owner = parse(ownerSchema, input, 'options.owner');
 * ```
 */
export const ownerSchema = custom<Owner>(
  isOwner,
  'expected a Subscription, an AbortSignal, or an object with unsubscribe(), dispose() or [Symbol.dispose]()',
);

/**
 * Whether an owner has visibly ended: an aborted signal, or a `closed` / `disposed`
 * flag that is true. Checked again right before a call runs.
 *
 * @example
 * ```ts
 * ownerEnded(AbortSignal.abort()); // true
 * ```
 */
export function ownerEnded(owner: Owner): boolean {
  const o = owner as Loose;
  return o.aborted === true || o.closed === true || o.disposed === true;
}
