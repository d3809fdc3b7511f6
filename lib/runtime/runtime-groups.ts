import { parseGroupOptions, type TaskGroupOptions } from '../pipelines/group-options.js';
import type { PipelineHost } from '../pipelines/pipeline-host.js';
import { TaskGroup } from '../pipelines/task-group.js';

/**
 * The groups of a runtime that are not disposed yet, oldest first. A group leaves when it
 * is disposed (it tells this list), so an app that makes a group per scene or per
 * document keeps only the live ones; disposing the runtime disposes the rest, newest
 * first (as Effection halts a scope's children).
 *
 * @example
 * ```ts
 * const groups = new RuntimeGroups();
 * const decodes = groups.create(runtime, { name: 'decode', concurrency: 2 });
 * groups.disposeAll();
 * ```
 */
export class RuntimeGroups {
  readonly #open = new Set<TaskGroup>();
  #count = 0;

  /** A new group (default name `group-N`, counted over the runtime's life). */
  create(host: PipelineHost, options: TaskGroupOptions): TaskGroup {
    const { name, concurrency } = parseGroupOptions(options);
    const group = new TaskGroup(host, name ?? `group-${++this.#count}`, concurrency, this.#forget);
    this.#open.add(group);
    return group;
  }

  /** The open groups, oldest first (a copy). */
  list(): readonly TaskGroup[] {
    return [...this.#open];
  }

  /** Disposes every open group, newest first; each leaves the list as it goes. */
  disposeAll(): void {
    for (const group of [...this.#open].reverse()) group.dispose();
  }

  readonly #forget = (group: TaskGroup): void => {
    this.#open.delete(group);
  };
}
