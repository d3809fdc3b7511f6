import { UnknownTaskError } from '../../../lib/errors';
import { reduceTable, withLiveDurations } from '../../../lib/tasks/reduce-table';
import type { TaskRow } from '../../../lib/tasks/task-row';
import { expectLifecycles } from '../../support/pumped-runtime';
import type { RuntimeModel } from './model';
import type { System } from './system';

function fail(message: string): never {
  throw new Error(message);
}

/** After every command: statuses, live work, frame source and scheduler queue match the model. */
export function verify(m: RuntimeModel, s: System): void {
  for (const t of m.tasks) {
    if (t.cleared) {
      expect(() => s.runtime.status(t.id)).toThrow(UnknownTaskError);
      continue;
    }
    const actual = s.runtime.status(t.id);
    if (actual !== t.status) fail(`${t.kind} task #${t.seq}: status ${actual}, model ${t.status}`);
  }
  const live = s.expectedLive(m.tasks);
  if (s.work.live !== live.work) fail(`live work subscriptions ${s.work.live}, model ${live.work}`);
  if (s.liveGenerators !== live.generators) fail(`live generators ${s.liveGenerators}, model ${live.generators}`);
  if (s.world.pump.active !== m.framesExpected)
    fail(`frame source held: ${s.world.pump.active}, model ${m.framesExpected}`);
  if (!m.framesExpected && s.runtime.scheduler.pendingCount !== 0)
    fail(`idle but ${s.runtime.scheduler.pendingCount} actions queued`);
  if (s.world.pump.subscriptions.live > 1) fail('frame source subscribed twice');
  if (s.world.errors.length > 0) fail(`unexpected reported error: ${String(s.world.errors[0])}`);
}

/** After a frame: table$ is the fold of events$ and shows exactly the model's rows. */
export function verifyTable(m: RuntimeModel, s: System): void {
  if (m.disposed) return;
  const rows = s.world.rows();
  const folded = withLiveDurations(s.world.events.reduce(reduceTable, [] as readonly TaskRow[]), s.world.rowsAt());
  expect(rows).toEqual(folded);
  const expected = m.visible.map((t) => `${t.seq}:${t.status}`);
  const seqOf = new Map(m.tasks.map((t) => [t.id, t.seq]));
  expect(rows.map((r) => `${seqOf.get(r.id)}:${r.status}`)).toEqual(expected);
}

/** At the end of a run: lifecycles are well-formed and results match the statuses. */
export function verifyEnd(m: RuntimeModel, s: System): void {
  expectLifecycles(s.world.events);
  for (const t of m.visible) {
    if (t.status === 'completed' && t.kind !== 'subject') expect(s.runtime.getResult(t.id)).toBe(t.seq);
    if (t.status === 'cancelled')
      expect(() => s.runtime.getResult(t.id)).toThrow(expect.objectContaining({ name: 'TaskCancelledError' }));
    if (t.status === 'timeout')
      expect(() => s.runtime.getResult(t.id)).toThrow(expect.objectContaining({ name: 'TaskTimeoutError' }));
  }
}
