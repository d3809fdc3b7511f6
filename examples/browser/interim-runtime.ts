import { BehaviorSubject, ReplaySubject, Subscription, TimeoutError, timeout, type Observable } from 'rxjs';
import { FrameScheduler, type FrameSource, type TaskContext } from '../../lib/index.js';
import type { DemoRow, DemoRunOptions, DemoRuntime } from './demo-runtime.js';

interface Entry {
  row: DemoRow;
  startedAt: number;
  subscription: Subscription | undefined;
  result: ReplaySubject<unknown>;
}

const terminal = new Set(['completed', 'failed', 'cancelled', 'timeout']);

/**
 * A stand-in for the library's runtime, built on the FrameScheduler alone, used until
 * `createRuntime` lands. Starts each task on the next frame and snapshots the table at the
 * end of every frame that changed it.
 *
 * @example
 * ```ts
 * const runtime = createInterimRuntime(animationFrames(), 8);
 * ```
 */
export function createInterimRuntime(frames: FrameSource, budgetMs: number): DemoRuntime {
  const scheduler = new FrameScheduler({ frames, budgetMs });
  const entries = new Map<string, Entry>();
  const table$ = new BehaviorSubject<readonly DemoRow[]>([]);
  let seq = 0;
  let flushing = false;
  const changed = (): void => {
    if (flushing) return;
    flushing = true;
    scheduler.atEndOfFrame(() => {
      flushing = false;
      const now = scheduler.now();
      table$.next([...entries.values()].map((e) => live(e, now)));
    });
  };
  const update = (id: string, patch: Partial<DemoRow>): void => {
    const entry = entries.get(id);
    if (!entry || terminal.has(entry.row.status)) return;
    const done = patch.status !== undefined && terminal.has(patch.status);
    entry.row = { ...entry.row, ...patch, ...(done ? { duration: scheduler.now() - entry.startedAt } : {}) };
    if (done) entry.subscription?.unsubscribe();
    changed();
  };
  const start = <T>(id: string, body: (ctx: TaskContext) => Observable<T>, options: DemoRunOptions): void => {
    const entry = entries.get(id);
    if (!entry || entry.row.status !== 'pending') return;
    const abort = new AbortController();
    const ctx: TaskContext = { id, signal: abort.signal, progress: (progress) => update(id, { progress }) };
    entry.startedAt = scheduler.now();
    update(id, { status: 'running' });
    const limit = options.timeout;
    const work$ =
      limit === undefined ? body(ctx) : body(ctx).pipe(timeout({ first: limit, each: Infinity, scheduler }));
    const sub = new Subscription(() => abort.abort());
    entry.subscription = sub;
    sub.add(
      work$.subscribe({
        next: (value) => entry.result.next(value),
        error: (error: unknown) => update(id, describeFailure(error, limit)),
        complete: () => {
          entry.result.complete();
          update(id, { status: 'completed' });
        },
      }),
    );
  };
  return {
    scheduler,
    table$,
    run(body, options) {
      const id = `t${++seq}`;
      const row: DemoRow = {
        id,
        status: 'pending',
        description: options.description,
        kind: options.kind,
        duration: 0,
        error: undefined,
        progress: undefined,
      };
      entries.set(id, { row, startedAt: 0, subscription: undefined, result: new ReplaySubject(1) });
      changed();
      scheduler.schedule(() => start(id, body, options));
      return id;
    },
    result$: <T>(id: string) => (entries.get(id)?.result ?? new ReplaySubject<unknown>()) as unknown as Observable<T>,
    cancel: (id) => update(id, { status: 'cancelled' }),
    cancelActive: () => entries.forEach((e) => update(e.row.id, { status: 'cancelled' })),
    clearFinished: () => {
      entries.forEach((e, id) => terminal.has(e.row.status) && entries.delete(id));
      changed();
    },
    clearAll: () => {
      entries.forEach((e) => update(e.row.id, { status: 'cancelled' }));
      entries.clear();
      changed();
    },
  };
}

function live(entry: Entry, now: number): DemoRow {
  return entry.row.status === 'running' ? { ...entry.row, duration: now - entry.startedAt } : entry.row;
}

function describeFailure(error: unknown, limit: number | undefined): Partial<DemoRow> {
  if (error instanceof TimeoutError) {
    return {
      status: 'timeout',
      error: { name: 'TimeoutError', code: undefined, message: `timed out after ${limit} ms` },
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { status: 'failed', error: { name: e.name, code: (e as { code?: string }).code, message: e.message } };
}
