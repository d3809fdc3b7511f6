import type { FrameScheduler } from '../scheduler/frame-scheduler.js';
import { frameSchedulerSchema } from '../scheduler/frame-scheduler-schema.js';
import { parse } from '../validation/parse.js';
import { custom, optional } from '../validation/schema.js';
import { object } from '../validation/object.js';
import { ThreadHost } from './machinery/thread-host.js';
import { threadSpecSchema, type ThreadSpec } from './thread-spec.js';
import { RootThread } from './machinery/root-thread.js';
import type { TaskThread } from './task-thread.js';
import type { ThreadTableLink } from './thread-table-link.js';

/**
 * Options of {@link createThread}.
 *
 * @example
 * ```ts
 * const options: CreateThreadOptions = { scheduler, table: taskManagerLink(tasks) };
 * ```
 */
export interface CreateThreadOptions {
  /** The frame scheduler every hook, channel and task of the tree runs on. */
  readonly scheduler: FrameScheduler;
  /** Mirrors the tree into a task table (kind `thread`, with parent ids). */
  readonly table?: ThreadTableLink;
}

const optionsSchema = object<CreateThreadOptions>({
  scheduler: frameSchedulerSchema,
  table: optional(custom((v) => typeof (v as ThreadTableLink | null)?.attach === 'function')),
});

/**
 * Creates a root task thread (idle until `start()`); children are spawned from hooks
 * with `ctx.spawn`. A factory rather than a base class: hook types are inferred from
 * the spec object, hooks get a context instead of `this` (no binding pitfalls, no
 * access to siblings), and specs are plain data that compose and test easily.
 *
 * @example
 * ```ts
 * const counter = createThread<number, number>(
 *   { name: 'counter', onIn: (n, ctx) => ctx.up(n + 1) },
 *   { scheduler },
 * ).start();
 * counter.up$.subscribe(console.log);
 * counter.send(41); // logs 42 on a frame
 * ```
 */
export function createThread<In = unknown, Up = unknown, R = unknown, ChildUp = unknown>(
  spec: ThreadSpec<In, Up, R, ChildUp>,
  options: CreateThreadOptions,
): TaskThread<In, Up, R> {
  parse(threadSpecSchema, spec, 'spec');
  const { scheduler, table } = parse(optionsSchema, options, 'options');
  return new RootThread<In, Up, R>(spec, new ThreadHost(scheduler, table));
}
