import type { Subscription } from 'rxjs';
import type { Runtime, TaskEvent, TaskRow } from '../../../lib';
import { isTerminal } from '../../../lib/tasks/reduce-task-row';
import { reduceTable, withLiveDurations } from '../../../lib/tasks/reduce-table';

/** Records a runtime's events and checks the table against their fold. */
export function recordEvents(runtime: Runtime): {
  events: TaskEvent[];
  /** Terminal events per task id. */
  terminalCounts(): Map<string, number>;
  /** The fold of every event so far (what table$ must show). */
  folded(): readonly TaskRow[];
  stop(): void;
} {
  const events: TaskEvent[] = [];
  const sub: Subscription = runtime.events$.subscribe((e) => events.push(e));
  const terminal = ['completed', 'failed', 'cancelled', 'timedOut'];
  return {
    events,
    terminalCounts: () => {
      const counts = new Map<string, number>();
      for (const e of events) if (terminal.includes(e.type)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      return counts;
    },
    folded: () => withLiveDurations(events.reduce(reduceTable, [] as readonly TaskRow[]), runtime.scheduler.now()),
    stop: () => sub.unsubscribe(),
  };
}

/** True when every row of the table is terminal. */
export const allTerminal = (rows: readonly TaskRow[]): boolean => rows.every((r) => isTerminal(r.status));
