import type { ThreadEvent } from '../thread-event.js';
import type { ThreadNode } from '../thread-node.js';
import { isFinalStatus } from '../thread-status.js';

interface Entry {
  event: ThreadEvent;
  readonly children: Set<string>;
}

/**
 * The live hierarchy folded from {@link ThreadEvent}s, O(1) per event. A child that
 * reached a final status is shown once more (in the next snapshot) and then pruned, so
 * a long-running server spawning a thread per client does not grow without bound.
 *
 * @example
 * ```ts
 * registry.apply(event);
 * const root = registry.tree(rootId);
 * registry.prune();
 * ```
 */
export class ThreadRegistry {
  readonly #entries = new Map<string, Entry>();
  #finished: string[] = [];

  apply(event: ThreadEvent): void {
    const entry = this.#entries.get(event.id);
    if (entry) entry.event = event;
    else {
      this.#entries.set(event.id, { event, children: new Set() });
      if (event.parentId !== undefined) this.#entries.get(event.parentId)?.children.add(event.id);
    }
    if (isFinalStatus(event.status) && event.parentId !== undefined) this.#finished.push(event.id);
  }

  /** A snapshot of the subtree rooted at `id` (undefined if unknown). */
  tree(id: string): ThreadNode | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    const { name, parentId, status, outcome } = entry.event;
    const children = [...entry.children].map((c) => this.tree(c)).filter((n): n is ThreadNode => n !== undefined);
    return { id, name, parentId, status, exit: outcome?.exit.type, children };
  }

  /** Forgets children that ended before the last snapshot. */
  prune(): void {
    for (const id of this.#finished) {
      const entry = this.#entries.get(id);
      if (!entry || [...entry.children].some((c) => this.#entries.has(c))) continue;
      this.#entries.delete(id);
      // a root has no parent id, and no entry is keyed undefined
      this.#entries.get(entry.event.parentId as string)?.children.delete(id);
    }
    this.#finished = this.#finished.filter((id) => this.#entries.has(id));
  }
}
