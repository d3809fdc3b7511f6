import type { TaskEvent, TaskSubmittedEvent } from '../task-event.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A `submitted` event being filled in. */
export type SubmittedDraft = Writable<TaskSubmittedEvent>;
type Started = Writable<Extract<TaskEvent, { type: 'started' }>>;
type Completed = Writable<Extract<TaskEvent, { type: 'completed' }>>;

/**
 * One reusable event object per frequent event type, for when nobody but the table sees
 * a task's events (no `events$` observer, no task listener): the table store copies what
 * it needs out of an event and keeps no reference to it, so the engine fills one of
 * these in place instead of allocating three objects per task that die at once.
 * Whoever can keep an event (an `events$` observer, a listener) always gets a fresh one.
 *
 * @example
 * ```ts
 * const scratch = new ScratchEvents();
 * table.fold(task, scratch.started(task.id, now)); // valid until the next call
 * ```
 */
export class ScratchEvents {
  readonly #startedEvent: Started = { type: 'started', id: '', time: Number.NaN };
  readonly #completedEvent: Completed = { type: 'completed', id: '', time: Number.NaN };
  readonly #submittedEvent = blankSubmitted();

  started(id: string, time: number): TaskEvent {
    const e = this.#startedEvent;
    e.id = id;
    e.time = time;
    return e;
  }

  completed(id: string, time: number): TaskEvent {
    const e = this.#completedEvent;
    e.id = id;
    e.time = time;
    return e;
  }

  /** The shared `submitted` event, to be filled in completely by the caller. */
  submitted(): SubmittedDraft {
    return this.#submittedEvent;
  }

  /** Drops what the last `submitted` event referred to (its row has its own references). */
  release(): void {
    const e = this.#submittedEvent;
    e.info = e.meta = undefined;
  }
}

/**
 * A fresh `submitted` event to fill in (what an `events$` observer may keep).
 *
 * @example
 * ```ts
 * const e = blankSubmitted();
 * e.id = id;
 * ```
 */
export function blankSubmitted(): SubmittedDraft {
  return {
    type: 'submitted',
    id: '',
    time: 0,
    description: '',
    kind: 'frame',
    parentId: undefined,
    group: undefined,
    priority: 0,
    info: undefined,
    meta: undefined,
    timeout: undefined,
  };
}
