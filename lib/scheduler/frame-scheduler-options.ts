import { isObservable } from '../rx-frames.js';
import type { FrameSource } from '../frames/frame.js';
import type { Clock } from '../frames/frame-clock.js';
import { invalidArgument, millisProblem } from '../validation/invalid-argument.js';
import { kindOf, unrecognizedMessage } from '../validation/issue-message.js';
import { isObject, unknownKeys } from '../validation/object-keys.js';

/**
 * Options of a {@link FrameScheduler}.
 *
 * @example
 * ```ts
 * const options: FrameSchedulerOptions = { frames: intervalFrames(60), budgetMs: 6 };
 * ```
 */
export interface FrameSchedulerOptions {
  /** Where frames come from: {@link intervalFrames}, {@link animationFrames}, {@link hostFrames}, any observable. */
  readonly frames: FrameSource;
  /** Ms of work per frame before the rest waits for the next frame. Default 8. */
  readonly budgetMs?: number;
  /** The clock for `now()` and the budget. Default: {@link frameClock}. */
  readonly clock?: Clock;
  /** Called with each error thrown by work (in addition to `errors$`). */
  readonly onError?: (error: unknown) => void;
}

type Problem = (value: unknown) => string | undefined;

// Checked by hand rather than with lib/validation/schema.ts: the scheduler alone is meant to
// be a few kB, and its four options do not need the generic machinery. The words are the
// schemas' words; the runtime's options schema reuses these checks (problem()).
/** What is wrong with each option's value, or undefined. */
export const frameSchedulerOptionProblems: Readonly<Record<keyof FrameSchedulerOptions, Problem>> = {
  frames: (v) => (isObservable(v) ? undefined : 'expected an Observable of frames'),
  budgetMs: (v) =>
    v === undefined ? undefined : (millisProblem(v) ?? ((v as number) > 0 ? undefined : 'expected a number > 0')),
  clock: (v) =>
    v === undefined || typeof (v as Clock | null)?.now === 'function' ? undefined : 'expected { now(): number }',
  onError: (v) => (v === undefined || typeof v === 'function' ? undefined : 'expected a function'),
};

/**
 * Validates {@link FrameSchedulerOptions} (unknown keys are refused) and returns them; on
 * failure throws the InvalidArgumentError a schema would (same path, words and quote).
 *
 * @example
 * ```ts
 * const { frames, budgetMs = 8 } = parseFrameSchedulerOptions(input);
 * ```
 */
export function parseFrameSchedulerOptions(options: unknown): FrameSchedulerOptions {
  // typeMessage('object', options)'s words; kindOf is all of it a non-object needs (not
  // typeMessage's class-name lookup), which keeps the scheduler-only bundle under 4 kB
  if (!isObject(options))
    return invalidArgument('options', `Invalid input: expected object, received ${kindOf(options)}`, options);
  const problems = frameSchedulerOptionProblems as Readonly<Record<string, Problem>>;
  for (const key in problems) {
    const problem = problems[key]!(options[key]);
    if (problem !== undefined) invalidArgument(`options.${key}`, problem, options[key]);
  }
  const unknown = unknownKeys(options, problems);
  if (unknown.length > 0) invalidArgument('options', unrecognizedMessage(unknown), options);
  return options as unknown as FrameSchedulerOptions;
}
