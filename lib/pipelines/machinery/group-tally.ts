import type { TaskEvent } from '../../tasks/task-event.js';
import type { TaskListener, TaskRecord } from '../../tasks/task-record.js';
import type { TaskRow } from '../../tasks/task-row.js';
import { liveRow } from '../../tasks/reduce-table.js';
import { copyRow } from '../../tasks/store/copy-row.js';
import type { GroupState } from '../group-state.js';

type Task = TaskRecord<unknown>;

/**
 * Counts a group's tasks by status from their lifecycle events, as they are emitted (no
 * subscription to `events$`, no scan of the table), and remembers the records behind
 * `last`, `lastCompleted` and `lastFailed` so their rows are read only when the state is
 * emitted.
 *
 * @example
 * ```ts
 * const tally = new GroupTally(() => markChanged());
 * tasks.submitRecord(work, mode, options, kind, { listener: tally });
 * ```
 */
export class GroupTally implements TaskListener {
  // in GroupState's order: state() spreads them
  readonly #counts = { running: 0, pending: 0, performed: 0, completed: 0, failed: 0, cancelled: 0, dropped: 0 };
  /** Tasks not yet ended, for `cancelAll()`. */
  readonly active = new Set<Task>();
  readonly #last = new RowMemory();
  readonly #lastCompleted = new RowMemory();
  readonly #lastFailed = new RowMemory();

  #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Stops calling back: ended tasks keep their tally while their rows last, not the group behind it. */
  detach(): void {
    this.#changed = () => undefined;
  }

  onEvent(task: Task, event: TaskEvent): void {
    if (!this.#count(task, event)) return;
    this.#changed();
  }

  /** A value `exhaustTask` dropped. */
  drop(): void {
    this.#counts.dropped++;
    this.#changed();
  }

  /** The state now; rows are the tasks' latest rows (live durations at `now`). */
  state(now: number): GroupState {
    const counts = this.#counts;
    return {
      ...counts,
      isRunning: counts.running > 0,
      isIdle: counts.running === 0 && counts.pending === 0,
      last: this.#last.row(now),
      lastCompleted: this.#lastCompleted.row(now),
      lastFailed: this.#lastFailed.row(now),
    };
  }

  #count(task: Task, event: TaskEvent): boolean {
    const counts = this.#counts;
    switch (event.type) {
      case 'submitted':
        counts.performed++;
        counts.pending++;
        this.active.add(task);
        this.#last.task = task;
        return true;
      case 'started':
        counts.pending--;
        counts.running++;
        return true;
      case 'completed':
      case 'failed':
      case 'timedOut':
      case 'cancelled':
        this.#end(task, event.type);
        return true;
      default:
        return event.type === 'progress' || event.type === 'meta' || event.type === 'priority';
    }
  }

  #end(task: Task, type: 'completed' | 'failed' | 'timedOut' | 'cancelled'): void {
    // the row (already folded) has a start time only if the task was counted as running
    const counts = this.#counts;
    if (task.row?.startedAt !== undefined) counts.running--;
    else counts.pending--;
    this.active.delete(task);
    if (type === 'completed') {
      counts.completed++;
      this.#lastCompleted.task = task;
    } else if (type === 'cancelled') counts.cancelled++;
    else {
      counts.failed++;
      this.#lastFailed.task = task;
    }
  }
}

/** One remembered task and the last row read of it: its row outlives the table's. */
class RowMemory {
  #current: Task | undefined;
  #seen: TaskRow | undefined;

  set task(task: Task) {
    this.#current = task;
    this.#seen = undefined;
  }

  /** The task's latest row (live duration at `now`); once the table cleared it, the last one read. */
  row(now: number): TaskRow | undefined {
    const row = this.#current?.row;
    if (row === undefined) return this.#seen;
    // a row no table snapshot has seen yet is a draft the table still writes into: hand out a copy
    const live = liveRow(row, now);
    this.#seen = live === row ? copyRow(row) : live;
    return this.#seen;
  }
}
