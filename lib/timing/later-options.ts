import { boolean, optional, type Refinement } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { millisSchema, positiveFramesSchema, positiveMillisSchema } from '../validation/schemas.js';
import { ownerSchema, type Owner } from './owner.js';

/**
 * When {@link later} runs its function. Give at most one of `frames` and `ms`; with
 * neither it runs in the next frame.
 *
 * @example
 * ```ts
 * const options: LaterOptions = { frames: 2, endOfFrame: true, owner: sceneScope };
 * ```
 */
export interface LaterOptions {
  /** Run in the N-th next frame (whole number >= 1). */
  readonly frames?: number;
  /** Run in the first frame at least N ms from now (>= 0). */
  readonly ms?: number;
  /** Run in the end phase: of the current frame (alone), or of the frame picked by `frames`/`ms`. */
  readonly endOfFrame?: boolean;
  /** Drop the call if this ends first. */
  readonly owner?: Owner;
}

/**
 * How often {@link every} runs its function. Give at most one of `frames` and `ms`; with
 * neither it runs every frame.
 *
 * @example
 * ```ts
 * const options: EveryOptions = { ms: 250, owner: controller.signal };
 * ```
 */
export interface EveryOptions {
  /** Every N frames (whole number >= 1); the first call N frames from now. */
  readonly frames?: number;
  /** Every N ms (> 0); the first call N ms from now. */
  readonly ms?: number;
  /** Stop when this ends. */
  readonly owner?: Owner;
}

const notBoth: Refinement<{ frames?: number; ms?: number }> = [
  (o) => o.frames === undefined || o.ms === undefined,
  'give frames or ms, not both',
];
const frames = optional(positiveFramesSchema);
const owner = optional(ownerSchema);

/**
 * Validates {@link LaterOptions}.
 *
 * @example
 * ```ts
 * const options = parse(laterOptionsSchema, input, 'options');
 * ```
 */
export const laterOptionsSchema = object<LaterOptions>(
  { frames, ms: optional(millisSchema), endOfFrame: optional(boolean('expected true or false')), owner },
  true,
  notBoth,
);

/**
 * Validates {@link EveryOptions}.
 *
 * @example
 * ```ts
 * const options = parse(everyOptionsSchema, { ms: 250 }, 'options');
 * ```
 */
export const everyOptionsSchema = object<EveryOptions>(
  { frames, ms: optional(positiveMillisSchema), owner },
  true,
  notBoth,
);
