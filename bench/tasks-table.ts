import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { TaskEvent } from '../lib/tasks/task-event.js';
import type { RowSlot, SlotIndex } from '../lib/tasks/store/row-slot.js';
import { TaskIndex } from '../lib/tasks/store/task-index.js';
import { blankSubmitted } from '../lib/tasks/engine/scratch-events.js';
import { TaskTable } from '../lib/tasks/task-table.js';
import { cpuMs } from './tasks-lifecycle.js';
import { exposeGc } from './tasks-heap.js';

const EVENTS_PER_RUN = 200_000;

/**
 * ns per event of the live table with `rows` rows: frames in which every row gets one
 * progress event, folded into the keyed store, then the one end-of-frame snapshot of
 * all rows (one measurement, for `interleaved`). It times at least 200k events (20 such frames for 10k rows, 2 for
 * 100k), so both sizes are timed over the same amount of work and a single GC pause
 * does not decide the figure; a full GC before the timed part leaves the garbage of the
 * setup and of earlier benches out of it (the table's own garbage stays in).
 *
 * @example
 * ```ts
 * tableNsPerEvent(100_000);
 * ```
 */
export function tableNsPerEvent(rows: number): number {
  const host = hostFrames();
  const scheduler = new FrameScheduler({ frames: host.frames });
  // Like the manager: ids from its TaskIndex, and each event folded with its task's slot
  // at hand (the engine's records are the slots), carrying the very id string the row
  // was created with.
  const index = new TaskIndex<IndexedSlot>();
  const slots = Array.from({ length: rows }, () => {
    const slot = { id: index.nextId(), row: undefined, pos: -1, runAt: -1, draftOf: -1 };
    index.add(slot);
    return slot;
  });
  const lookup: SlotIndex = { get: (id) => index.get(id), add: (id) => index.get(id) as RowSlot, delete: noop };
  const table = new TaskTable(undefined, scheduler, noop, lookup);
  for (const slot of slots) table.fold(slot, submitted(slot.id));
  while (host.tick());
  const progress = slots.map((slot, i): TaskEvent => ({ type: 'progress', id: slot.id, time: 1, progress: i }));
  const rounds = Math.max(1, Math.ceil(EVENTS_PER_RUN / rows));
  exposeGc()?.(); // garbage from the setup and earlier benches is not this figure's
  const t0 = cpuMs();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < rows; i++) table.fold(slots[i], progress[i] as TaskEvent);
    while (host.tick());
  }
  const spent = (cpuMs() - t0) / rounds;
  if (table.table$.value[rows - 1]?.progress !== rows - 1) throw new Error('bench: table missed events');
  table.dispose();
  scheduler.dispose();
  return (spent * 1e6) / rows;
}

interface IndexedSlot extends RowSlot {
  readonly id: string;
}

function noop(): void {}

/** A `submitted` event (setup, not timed): the engine's blank one with the id filled in. */
function submitted(id: string): TaskEvent {
  const event = blankSubmitted();
  event.id = id;
  return event;
}
