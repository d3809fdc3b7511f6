import { check, number, oneOf, optional, union } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { everySchema, type Every } from './every.js';

/**
 * What a parent does when a child crashes (supervision, as in Erlang/OTP):
 * - `escalate` (default): the parent crashes too and stops, with a ThreadFailedError
 *   whose `cause` is the child's error;
 * - `isolate`: the failure is reported UP (the parent's `onChildExit` hook) and the
 *   siblings go on;
 * - `restart`: a fresh instance of the child starts after `backoff` (default one frame),
 *   at most `max` times; after that `exhausted` applies (default `escalate`).
 *
 * @example
 * ```ts
 * ctx.spawn(worker, { policy: { type: 'restart', max: 3, backoff: { ms: 500 } } });
 * ctx.spawn(logger, { policy: 'isolate' });
 * ```
 */
export type ChildPolicy =
  | 'escalate'
  | 'isolate'
  | { readonly type: 'escalate' | 'isolate' }
  | {
      readonly type: 'restart';
      readonly max: number;
      readonly backoff?: Every;
      readonly exhausted?: 'escalate' | 'isolate';
    };

/** A {@link ChildPolicy} in its object form. */
export type NormalPolicy =
  | { readonly type: 'escalate' | 'isolate' }
  | {
      readonly type: 'restart';
      readonly max: number;
      readonly backoff: Every;
      readonly exhausted: 'escalate' | 'isolate';
    };

const giveUp = oneOf(['escalate', 'isolate']);

/** Validates a {@link ChildPolicy}; `max` must be a whole number >= 0. */
export const childPolicySchema = union<ChildPolicy>([
  giveUp,
  object({ type: giveUp }),
  object({
    type: oneOf(['restart']),
    max: check(number('expected a whole number of restarts'), [
      (n) => Number.isInteger(n) && n >= 0,
      'expected a whole number >= 0',
    ]),
    backoff: optional(everySchema),
    exhausted: optional(giveUp),
  }),
]);

/**
 * The object form of a validated policy, with defaults filled in.
 *
 * @example
 * ```ts
 * normalPolicy('isolate'); // { type: 'isolate' }
 * ```
 */
export function normalPolicy(policy: ChildPolicy): NormalPolicy {
  if (typeof policy === 'string') return { type: policy };
  if (policy.type !== 'restart') return { type: policy.type };
  return {
    type: 'restart',
    max: policy.max,
    backoff: policy.backoff ?? { frames: 1 },
    exhausted: policy.exhausted ?? 'escalate',
  };
}
