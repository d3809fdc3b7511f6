import { Subject } from 'rxjs';
import { hostFrames } from '../lib/frames/host-frames.js';
import { FrameScheduler } from '../lib/scheduler/frame-scheduler.js';
import type { TaskEvent } from '../lib/tasks/task-event.js';
import { TaskTable } from '../lib/tasks/task-table.js';
import { median } from './measure.js';
import { cpuMs } from './tasks-lifecycle.js';

/**
 * ns per event of the live table with `rows` rows: one progress event for every row,
 * folded into the keyed map, then the one end-of-frame snapshot of all rows.
 *
 * @example
 * ```ts
 * tableNsPerEvent(100_000);
 * ```
 */
export function tableNsPerEvent(rows: number): number {
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const host = hostFrames();
    const scheduler = new FrameScheduler({ frames: host.frames });
    const events = new Subject<TaskEvent>();
    const table = new TaskTable(events, scheduler, () => undefined);
    // Like the manager, events carry the very id string the row was created with.
    const ids = Array.from({ length: rows }, (_, i) => `t${i}`);
    for (const id of ids) events.next(submitted(id));
    while (host.tick());
    const progress: TaskEvent[] = [];
    for (let i = 0; i < rows; i++) progress.push({ type: 'progress', id: ids[i] as string, time: 1, progress: i });
    const t0 = cpuMs();
    for (const e of progress) events.next(e);
    while (host.tick());
    if (run >= 2) times.push(cpuMs() - t0);
    if (table.table$.value[rows - 1]?.progress !== rows - 1) throw new Error('bench: table missed events');
    table.dispose();
    scheduler.dispose();
  }
  return (median(times) * 1e6) / rows;
}

function submitted(id: string): TaskEvent {
  return {
    type: 'submitted',
    id,
    time: 0,
    description: '',
    kind: 'frame',
    parentId: undefined,
    priority: 0,
    info: undefined,
    meta: undefined,
    timeout: undefined,
  };
}
