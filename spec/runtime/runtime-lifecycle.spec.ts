import { interval, map, Observable, of, take, throwError } from 'rxjs';
import { TaskCancelledError, TaskTimeoutError } from '../../lib/errors';
import { inVirtualTime, trace } from './harness';

describe('Runtime lifecycle (virtual time)', () => {
  it('runs an Observable, a function returning one and a plain value function', () => {
    const ids: string[] = [];
    inVirtualTime((runtime, { expectObservable }) => {
      ids.push(...runtime.run([of('a'), () => interval(5).pipe(take(3)), () => 7]));
      expectObservable(runtime.result(ids[0] as string)).toBe('20ms (a|)', { a: 'a' });
      expectObservable(runtime.result(ids[1] as string)).toBe('30ms (a|)', { a: 2 });
      expectObservable(runtime.result(ids[2] as string)).toBe('20ms (a|)', { a: 7 });
    });
    expect(ids).toHaveLength(3);
  });

  it('fails on a synchronous throw and on an async error, with the error in the row', () => {
    let sync = '';
    let later = '';
    const { runtime, events } = inVirtualTime((rt, { expectObservable }) => {
      sync = rt.run(() => {
        throw new TypeError('sync');
      });
      later = rt.run(() =>
        interval(15).pipe(
          map(() => {
            throw new RangeError('later');
          }),
        ),
      );
      expectObservable(rt.result(later)).toBe('35ms #', undefined, new RangeError('later'));
    });
    expect(trace(events, sync)).toEqual(['submitted@0', 'started@10', 'failed@10']);
    expect(trace(events, later)).toEqual(['submitted@0', 'started@10', 'failed@25']);
    const row = runtime.table$.value.find((r) => r.id === sync);
    expect(row?.error).toEqual({ name: 'TypeError', code: undefined, message: 'sync' });
    expect(() => runtime.getResult(sync)).toThrow('sync');
  });

  it('cancel: pending never starts, running stops (unsubscribed), finished is a no-op', () => {
    let unsubscribedAt = -1;
    const ids: Record<string, string> = {};
    const { events } = inVirtualTime((rt, { cold, expectObservable }) => {
      ids.pending = rt.run(of(1));
      expect(rt.cancel(ids.pending)).toBe(true);
      ids.running = rt.run(
        () =>
          new Observable(() => () => {
            unsubscribedAt = rt.scheduler.now();
          }),
      );
      ids.done = rt.run(of(2));
      cold('25ms x').subscribe(() => {
        expect(rt.cancel(ids.running as string)).toBe(true);
        expect(rt.cancel(ids.done as string)).toBe(false);
      });
      expectObservable(rt.result(ids.pending)).toBe('10ms #', undefined, new TaskCancelledError(ids.pending));
    });
    expect(trace(events, ids.pending as string)).toEqual(['submitted@0', 'cancelled@0']);
    expect(trace(events, ids.running as string)).toEqual(['submitted@0', 'started@10', 'cancelled@25']);
    expect(trace(events, ids.done as string)).toEqual(['submitted@0', 'started@10', 'completed@10']);
    expect(unsubscribedAt).toBe(25);
  });

  it('times out at the exact virtual frame time, counted from the start, and stops the work', () => {
    let id = '';
    let stopped = -1;
    const { events, runtime } = inVirtualTime(
      (rt, { expectObservable }) => {
        rt.run(() => interval(10).pipe(take(4))); // occupies the only slot until 50
        id = rt.run(
          () =>
            new Observable(() => () => {
              stopped = rt.scheduler.now();
            }),
          { timeout: 30 },
        );
        expectObservable(rt.result(id)).toBe('90ms #', undefined, new TaskTimeoutError(id, 30));
      },
      { maxConcurrent: 1 },
    );
    // pending from 0 until the slot frees at 50 (started on that frame), times out at 50 + 30
    expect(trace(events, id)).toEqual(['submitted@0', 'started@50', 'timedOut@80']);
    expect(stopped).toBe(80);
    expect(runtime.table$.value.find((r) => r.id === id)).toMatchObject({ status: 'timeout', duration: 30 });
  });

  it('a generator without a return value has its last yield as result', () => {
    let id = '';
    inVirtualTime((rt, { expectObservable }) => {
      id = rt.run(function* () {
        yield 'a';
        yield 'b';
      });
      expectObservable(rt.result(id)).toBe('20ms (r|)', { r: 'b' });
    });
  });

  it('time-slices a generator: many steps per frame, yields as progress, return value as result', () => {
    let id = '';
    const { events } = inVirtualTime((rt, { expectObservable }) => {
      id = rt.run(function* () {
        for (let i = 0; i < 2500; i++) yield i;
        return 'done';
      });
      // 1000 steps per action when the clock is virtual: frames 10, 20, 30
      expectObservable(rt.result(id)).toBe('40ms (a|)', { a: 'done' });
    });
    const progress = events.filter((e) => e.id === id && e.type === 'progress');
    // every yield is progress; the return value is the result only, never progress
    expect(progress).toHaveLength(2500);
    expect(progress.at(-1)).toMatchObject({ progress: 2499 });
    expect(progress.filter((e) => e.time === 10)).toHaveLength(1000);
    expect(trace(events, id).slice(-1)).toEqual(['completed@30']);
  });

  it('times out a generator task and runs its finally block', () => {
    let id = '';
    let cleaned = -1;
    const { runtime, events } = inVirtualTime((rt) => {
      id = rt.run(
        function* () {
          try {
            for (;;) yield 0;
          } finally {
            cleaned = rt.scheduler.now();
          }
        },
        { timeout: 25 },
      );
    });
    // due at 10 + 25 = 35; the timeout fires on the first frame at or after that (40)
    expect(trace(events, id).slice(-1)).toEqual(['timedOut@40']);
    expect(cleaned).toBe(40);
    expect(runtime.table$.value[0]).toMatchObject({ kind: 'sliced', status: 'timeout' });
    expect(runtime.scheduler.framesActive).toBe(false);
  });

  it('a function returning a generator runs time-sliced; its kind is what was passed', () => {
    function* steps(): Generator<number, string> {
      yield 1;
      yield 2;
      return 'done';
    }
    const ids: string[] = [];
    const { runtime, events } = inVirtualTime((rt, { expectObservable }) => {
      ids.push(
        rt.run(steps),
        rt.run(() => steps()),
        rt.run(() => steps(), { kind: 'sliced' }),
      );
      for (const id of ids) expectObservable(rt.result(id)).toBe('20ms (a|)', { a: 'done' });
    });
    // the row exists before the function runs, so only its option can say "sliced"
    expect(ids.map((id) => runtime.table$.value.find((r) => r.id === id)?.kind)).toEqual(['sliced', 'frame', 'sliced']);
    // all three ran the same way: their steps fit the first frame (yields held while starting)
    for (const id of ids) expect(trace(events, id)).toEqual(['submitted@0', 'started@10', 'completed@10']);
  });

  it('fails a generator that throws', () => {
    let id = '';
    const { events } = inVirtualTime((rt) => {
      id = rt.run(function* () {
        yield 1;
        throw new Error('gen');
      });
    });
    // it ended while starting: its synchronous yields are not reported as progress
    expect(trace(events, id)).toEqual(['submitted@0', 'started@10', 'failed@10']);
  });

  it('uses throwError observables for failures delivered by result()', () => {
    inVirtualTime((rt, { expectObservable }) => {
      const id = rt.run(throwError(() => new Error('x')));
      expectObservable(rt.result(id)).toBe('20ms #', undefined, new Error('x'));
    });
  });
});

describe('docs/tasks.md marble example', () => {
  it('times out at the virtual frame', () => {
    inVirtualTime((runtime, { expectObservable }) => {
      const id = runtime.run(() => interval(1_000), { timeout: 30 });
      expectObservable(runtime.result(id)).toBe('50ms #', undefined, new TaskTimeoutError(id, 30));
    });
  });
});
