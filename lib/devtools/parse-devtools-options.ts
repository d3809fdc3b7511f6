import { invalidArgument } from '../validation/invalid-argument.js';
import { kindOf, typeMessage, unrecognizedMessage, valuesMessage } from '../validation/issue-message.js';
import { isObject, unknownKeys } from '../validation/object-keys.js';
import type { DevtoolsOptions } from './devtools-options.js';
import { parseHotkey } from './panel/hotkey.js';

type Problem = (value: unknown) => string | undefined;

/** Every option may be left out: `undefined` passes, anything else is checked. */
const optional =
  (problem: Problem): Problem =>
  (v) =>
    v === undefined ? undefined : problem(v);

const oneOf = (values: readonly string[]): Problem =>
  optional((v) => (values.includes(v as string) ? undefined : valuesMessage(values)));

const ofType = (type: 'boolean' | 'string'): Problem =>
  optional((v) => (typeof v === type ? undefined : typeMessage(type, v)));

// Checked by hand, as the frame scheduler checks its options (lib/validation/schema.ts is
// core code the devtools entry does not bundle), in the words of the library's schemas.
/** What is wrong with each option's value, or undefined. */
export const devtoolsOptionProblems: Readonly<Record<keyof DevtoolsOptions, Problem>> = {
  mode: oneOf(['floating', 'inline']),
  // nodeType 1 (Node.ELEMENT_NODE; no `instanceof HTMLElement`, false for an element of
  // another frame's document); null, as a missing querySelector() match, is refused
  // rather than mounting on document.body
  container: optional((v) => ((v as Node | null)?.nodeType === 1 ? undefined : 'expected an HTMLElement')),
  corner: oneOf(['bottom-right', 'bottom-left', 'top-right', 'top-left']),
  hotkey: optional((v) => {
    if (v === false) return undefined;
    if (typeof v !== 'string') return 'expected a hotkey such as "Alt+Shift+D" or false';
    const hotkey = parseHotkey(v);
    return typeof hotkey === 'string' ? hotkey : undefined;
  }),
  open: ofType('boolean'),
  readOnly: ofType('boolean'),
  storageKey: ofType('string'),
  captureStacks: ofType('boolean'),
  // No upper bound: the ring only grows as frames arrive, and its indices stay exact
  frames: optional((v) =>
    !Number.isFinite(v)
      ? 'expected a whole number of frames'
      : Number.isInteger(v) && (v as number) >= 1
        ? undefined
        : 'expected a whole number >= 1',
  ),
};

/**
 * Validates {@link DevtoolsOptions} (unknown keys are refused) and returns them; on failure
 * throws the InvalidArgumentError the library's other entries throw: the option's path,
 * what was expected, and the bad value quoted.
 *
 * @example
 * ```ts
 * parseDevtoolsOptions({ frames: 0 }); // throws InvalidArgumentError: options.frames: expected a whole number >= 1 (got 0)
 * ```
 */
export function parseDevtoolsOptions(options: unknown): DevtoolsOptions {
  // parseFrameSchedulerOptions' steps: shared as one helper they cost the scheduler-only
  // bundle 8 bytes (4,003 B), over its 4 kB budget
  if (!isObject(options))
    return invalidArgument('options', `Invalid input: expected object, received ${kindOf(options)}`, options);
  const problems = devtoolsOptionProblems as Readonly<Record<string, Problem>>;
  for (const key in problems) {
    const problem = problems[key]!(options[key]);
    if (problem !== undefined) invalidArgument(`options.${key}`, problem, options[key]);
  }
  const unknown = unknownKeys(options, problems);
  if (unknown.length > 0) invalidArgument('options', unrecognizedMessage(unknown), options);
  return options as DevtoolsOptions;
}
