import type { TaskBody, TaskKind } from './task-types.js';

/** The brand that marks a {@link DefinedWork} (a symbol, so no user object matches by accident). */
const workSpecKey: unique symbol = Symbol('frametasks.workSpec');

/**
 * What an integration (worker pools, remote queues) tells the runtime about a kind of work:
 * the body that runs it and how its row looks.
 *
 * @example
 * ```ts
 * const spec: WorkSpec<Mesh> = { body: (ctx) => meshJob(ctx), kind: 'remote', meta: { queue: 'meshes' } };
 * ```
 */
export interface WorkSpec<T> {
  /** Subscribed when the task starts; unsubscribed to stop it (see `TaskBody`). */
  readonly body: TaskBody<T>;
  /** The row's kind (default `frame`). */
  readonly kind?: TaskKind;
  /** The row's description when the task options set none. */
  readonly description?: string;
  /** Facts shown in the row's `meta`, merged under the task options' `meta`. */
  readonly meta?: Readonly<Record<string, unknown>>;
  /**
   * `subscribed` (default): the task runs from the moment its body is subscribed.
   * `reported`: the body is subscribed on start but the row stays `pending` (and the
   * timeout waits) until the body calls `ctx.started()`: for work queued elsewhere.
   */
  readonly startsWhen?: 'subscribed' | 'reported';
}

/**
 * A {@link WorkSpec} packed as a `Work` value, so `runtime.run`, `runtime.task` and the
 * policy operators take it like any other work. Create it with {@link defineWork}.
 *
 * @example
 * ```ts
 * const work: DefinedWork<number> = defineWork({ body: () => of(1) });
 * ```
 */
export interface DefinedWork<T> {
  readonly [workSpecKey]: WorkSpec<T>;
}

/**
 * Packs a body and its row facts into a `Work` value. Used by integrations such as
 * `frametasks/bullmq`'s `RemoteQueue.work()`; apps rarely need it.
 *
 * @example
 * ```ts
 * const ping = defineWork({ body: (ctx) => timer(10).pipe(map(() => ctx.id)), kind: 'frame', description: 'ping' });
 * runtime.run(ping);
 * ```
 */
export function defineWork<T>(spec: WorkSpec<T>): DefinedWork<T> {
  return { [workSpecKey]: spec };
}

/**
 * The spec of a {@link DefinedWork}, or undefined for any other value.
 *
 * @example
 * ```ts
 * workSpecOf(defineWork({ body })); // { body }
 * ```
 */
export function workSpecOf(work: unknown): WorkSpec<unknown> | undefined {
  if (typeof work !== 'object' || work === null) return undefined;
  return (work as Partial<DefinedWork<unknown>>)[workSpecKey];
}
