import fc from 'fast-check';
import { DisposedError, UnknownTaskError } from '../../../lib/errors';
import { isFinished, type Kind, type ModelTask, type RuntimeModel } from './model';
import type { System } from './system';
import { verify, verifyTable } from './verify';

type Cmd = fc.Command<RuntimeModel, System>;

class Run implements Cmd {
  constructor(
    readonly kind: Kind,
    readonly priority: number,
    readonly timeout: number | undefined,
  ) {}
  check = () => true;
  run(m: RuntimeModel, s: System): void {
    const seq = m.tasks.length;
    const work = s.makeWork(this.kind, seq);
    const options = { priority: this.priority, ...(this.timeout === undefined ? {} : { timeout: this.timeout }) };
    if (m.disposed) {
      expect(() => s.runtime.run(work, options)).toThrow(DisposedError);
      return;
    }
    const id = s.runtime.run(work, options);
    s.adopt(id);
    const { kind, priority, timeout } = this;
    m.tasks.push({
      id,
      kind,
      seq,
      priority,
      timeout,
      status: 'pending',
      startedAt: undefined,
      request: undefined,
      cleared: false,
    });
    m.changed();
    verify(m, s);
  }
  toString = () => `run(${this.kind}, p${this.priority}, t${this.timeout ?? '-'})`;
}

/** Picks one task by index; a fraction picks tasks already finished or cleared. */
function pick(m: RuntimeModel, n: number, filter: (t: ModelTask) => boolean): ModelTask | undefined {
  const candidates = m.tasks.filter(filter);
  return candidates.length === 0 ? undefined : candidates[n % candidates.length];
}

class Cancel implements Cmd {
  constructor(readonly n: number) {}
  check = (m: Readonly<RuntimeModel>) => m.tasks.length > 0;
  run(m: RuntimeModel, s: System): void {
    const t = pick(m, this.n, () => true) as ModelTask;
    if (t.cleared) expect(() => s.runtime.cancel(t.id)).toThrow(UnknownTaskError);
    else {
      const active = !isFinished(t);
      expect(s.runtime.cancel(t.id)).toBe(active);
      if (active) m.finish(t, 'cancelled');
    }
    verify(m, s);
  }
  toString = () => `cancel(${this.n})`;
}

/** Completes or fails a running controllable task (a subject at once, a generator on its next step). */
class Settle implements Cmd {
  constructor(
    readonly n: number,
    readonly how: 'complete' | 'fail',
  ) {}
  check = () => true;
  run(m: RuntimeModel, s: System): void {
    const t = pick(m, this.n, (x) => x.status === 'running' && (x.kind === 'subject' || x.kind === 'generator'));
    if (t === undefined) return;
    if (t.kind === 'generator') {
      (s.generators.get(t.id) as { request: string | undefined }).request = this.how;
      t.request = this.how;
    } else {
      const subject = s.subjects.get(t.id);
      if (this.how === 'fail') subject?.error(new Error(`subject ${t.seq} failed`));
      else {
        subject?.next(t.seq);
        subject?.complete();
      }
      m.finish(t, this.how === 'complete' ? 'completed' : 'failed');
    }
    verify(m, s);
  }
  toString = () => `${this.how}(${this.n})`;
}

class Housekeeping implements Cmd {
  constructor(readonly op: 'cancelActive' | 'clearFinished' | 'clearAll' | 'dispose') {}
  check = () => true;
  run(m: RuntimeModel, s: System): void {
    const active = m.tasks.filter((t) => !isFinished(t));
    const finished = () => m.tasks.filter((t) => isFinished(t) && !t.cleared);
    const clears = this.op === 'clearFinished' || this.op === 'clearAll';
    const happened = (this.op !== 'clearFinished' && active.length > 0) || (clears && finished().length > 0);
    if (this.op === 'cancelActive') expect(s.runtime.cancelActive()).toBe(active.length);
    if (this.op === 'clearFinished') expect(s.runtime.clearFinished()).toBe(finished().length);
    if (this.op === 'clearAll') s.runtime.clearAll();
    if (this.op === 'dispose') s.runtime.dispose();
    if (this.op !== 'clearFinished') for (const t of active) m.finish(t, 'cancelled');
    if (clears) for (const t of finished()) t.cleared = true;
    if (this.op === 'dispose') m.disposed = true;
    if (happened) m.changed();
    verify(m, s);
  }
  toString = () => this.op;
}

class Advance implements Cmd {
  constructor(readonly frames: number) {}
  check = () => true;
  run(m: RuntimeModel, s: System): void {
    for (let i = 0; i < this.frames; i++) {
      const expected = m.framesExpected;
      const pendingBefore = m.pending;
      m.now += 10;
      s.resetPeak();
      expect(s.world.pump.frame()).toBe(expected);
      // the real tasks running at once, at any moment of the frame
      if (s.peakLive > m.maxConcurrent)
        throw new Error(`${s.peakLive} running at once > maxConcurrent ${m.maxConcurrent}`);
      if (!expected) continue;
      // a slot a timeout frees in this frame may be refilled on the next one (allowed below)
      const pumpWasScheduled = m.pumpScheduled;
      m.dueTimeouts();
      observeStarts(m, s, pendingBefore, pumpWasScheduled);
      m.afterStarts();
      m.endFrame();
      verify(m, s);
      verifyTable(m, s);
    }
  }
  toString = () => `advance(${this.frames})`;
}

/**
 * Which pending tasks a frame started is observed, not predicted (slots freed late in a
 * frame are refilled on the next one), but must obey the rules: never above
 * maxConcurrent, and never a task while one ahead of it in priority/FIFO order still waits.
 * A generator asked to finish ends on its step in this frame, which may come before the
 * starts (its step was scheduled first) and free its slot for them: the model counts it
 * only in the check on the real system's peak (see {@link Advance}).
 */
function observeStarts(m: RuntimeModel, s: System, pendingBefore: ModelTask[], pumpWasScheduled: boolean): void {
  const started = pendingBefore.filter((t) => statusOf(s, t.id) !== 'pending');
  const waiting = pendingBefore.filter((t) => !started.includes(t));
  for (const t of started) {
    const ahead = waiting.find((w) => w.priority > t.priority || (w.priority === t.priority && w.seq < t.seq));
    if (ahead) throw new Error(`task #${t.seq} started before #${ahead.seq}`);
    m.start(t);
  }
  const staying = m.running.filter((t) => !(t.kind === 'generator' && t.request !== undefined));
  if (staying.length > m.maxConcurrent) throw new Error(`running ${staying.length} > maxConcurrent ${m.maxConcurrent}`);
  if (pendingBefore.length > 0 && started.length === 0 && pumpWasScheduled && m.running.length < m.maxConcurrent)
    throw new Error('a free slot and a waiting task, but nothing started');
}

function statusOf(s: System, id: string): string {
  try {
    return s.runtime.status(id);
  } catch (error) {
    if (error instanceof UnknownTaskError) return 'cleared';
    throw error;
  }
}

const kinds = fc.constantFrom<Kind>('value', 'throw', 'subject', 'subject', 'generator');

export const commands = [
  fc
    .tuple(kinds, fc.integer({ min: 0, max: 2 }), fc.option(fc.constantFrom(10, 20, 30), { nil: undefined }))
    .map(([k, p, t]) => new Run(k, p, t)),
  fc.nat().map((n) => new Cancel(n)),
  fc.tuple(fc.nat(), fc.constantFrom<'complete' | 'fail'>('complete', 'fail')).map(([n, h]) => new Settle(n, h)),
  fc.constantFrom('cancelActive', 'clearFinished', 'clearAll').map((op) => new Housekeeping(op)),
  fc.integer({ min: 1, max: 3 }).map((n) => new Advance(n)),
  fc.integer({ min: 1, max: 3 }).map((n) => new Advance(n)),
];

/** Dispose is rare: it ends the interesting part of a run. */
export const disposeCommand = fc.constant(new Housekeeping('dispose'));
