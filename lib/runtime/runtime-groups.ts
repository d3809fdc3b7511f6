import { DisposedError } from '../errors.js';
import { parseGroupOptions, type TaskGroupOptions } from '../pipelines/group-options.js';
import { TaskGroup } from '../pipelines/task-group.js';
import { RuntimeTasks } from './runtime-tasks.js';

/**
 * The groups of a {@link Runtime}: `runtime.group()` makes one, `runtime.groups` lists the
 * ones not disposed yet, oldest first. A group leaves when it is disposed (it tells this
 * list), so an app that makes a group per scene or per document keeps only the live ones;
 * disposing the runtime disposes the rest, newest first (as Effection halts a scope's
 * children). Kept apart from `runtime.ts`, which owns the scheduler, workers, teardowns
 * and disposal.
 *
 * @example
 * ```ts
 * const decodes = runtime.group({ name: 'decode', concurrency: 2 }); // group() is RuntimeGroups'
 * decodes.dispose(); // runtime.groups no longer lists it
 * ```
 */
export abstract class RuntimeGroups extends RuntimeTasks {
  readonly #open = new Set<TaskGroup>();
  #count = 0;

  /**
   * A new {@link TaskGroup}: tasks that share a name in the table, an optional concurrency
   * limit and a live `state$`. End it with `group.dispose()` when what it served ends
   * (the runtime then forgets it); `runtime.dispose()` disposes the groups still open.
   *
   * @example
   * ```ts
   * const decodes = runtime.group({ name: 'decode', concurrency: 2 });
   * runtime.run(decode(url), { group: decodes });
   * ```
   */
  group(options: TaskGroupOptions = {}): TaskGroup {
    if (this.isDisposed) throw new DisposedError('Runtime');
    const { name, concurrency } = parseGroupOptions(options);
    // default name `group-N`, counted over the runtime's life
    const group = new TaskGroup(this, name ?? `group-${++this.#count}`, concurrency, this.#forget);
    this.#open.add(group);
    return group;
  }

  /**
   * The groups not yet disposed, oldest first (a copy): a disposed group is no longer here,
   * and the runtime keeps no reference to it.
   *
   * @example
   * ```ts
   * for (const group of runtime.groups) console.log(group.name, group.state$.value.running);
   * ```
   */
  get groups(): readonly TaskGroup[] {
    return [...this.#open];
  }

  /**
   * Disposes every open group, newest first; each leaves the list as it goes.
   *
   * @example
   * ```ts
   * this.disposeGroups(); // in dispose(), after the tasks were cancelled
   * ```
   */
  protected disposeGroups(): void {
    for (const group of [...this.#open].reverse()) group.dispose();
  }

  readonly #forget = (group: TaskGroup): void => {
    this.#open.delete(group);
  };
}
