import { concatMap, exhaustMap, first, mergeMap, NEVER, race, switchMap, takeUntil, throwError, timer } from 'rxjs';
import { TaskCancelledError, TaskTimeoutError } from '../../lib/errors';
import { isCancellation } from '../../lib/pipelines/is-cancellation';
import { finalRows, recorded, rowsAt, slow } from './harness';

describe('runtime.task()', () => {
  it('is cold: each subscription submits one task; the result comes on a frame, then it completes', () => {
    const rec = recorded((runtime, { expectObservable }) => {
      const t$ = runtime.task(slow(20, 'r'), { description: 't' });
      expectObservable(t$).toBe('40ms (r|)');
    });
    // submitted at 0, started on the frame at 10, done at 30, delivered at the start of the frame at 40
    expect(rec.events.map((e) => `${e.type}@${e.time}`)).toEqual([
      'submitted@0',
      'started@10',
      'progress@30',
      'completed@30',
    ]);
    expect(rowsAt(rec, 0)).toEqual([]);
    expect(finalRows(rec)).toEqual(['t:completed']);
  });

  it('values: true emits every value the work emits, each on a frame', () => {
    // frames run only while there is work: a at 11 restarts them (21); b and the end at 41 (51)
    recorded((runtime, { cold, expectObservable }) => {
      expectObservable(runtime.task(cold('-a 29ms b|'), { values: true })).toBe('21ms a 29ms (b|)');
    });
  });

  it('a failed or timed-out task errors it with the task’s error', () => {
    let timedOut: unknown;
    recorded((runtime, { expectObservable }) => {
      const boom = new Error('boom');
      // it fails inside the frame at 10 and is handed out at that frame's end
      expectObservable(runtime.task(() => throwError(() => boom))).toBe('10ms #', undefined, boom);
      runtime.task(NEVER, { timeout: 25 }).subscribe({ error: (e: unknown) => (timedOut = e) });
    });
    expect(timedOut).toBeInstanceOf(TaskTimeoutError);
  });

  it('unsubscribing before it ends cancels the task (reason unsubscribed) and stops the work', () => {
    const log: string[] = [];
    const rec = recorded((runtime, { expectObservable }) => {
      expectObservable(runtime.task(slow(100, 'r', log), { description: 't' }), '^ 24ms !').toBe('');
    });
    expect(log).toEqual(['start r', 'stop r']);
    expect(finalRows(rec)).toEqual(['t:cancelled:unsubscribed']);
  });

  it('a task cancelled from elsewhere errors it with TaskCancelledError (isCancellation)', () => {
    let error: unknown;
    recorded((runtime) => {
      runtime.task(NEVER).subscribe({ error: (e: unknown) => (error = e) });
      runtime.scheduler.schedule(() => runtime.cancelActive(), 15);
    });
    expect(error).toBeInstanceOf(TaskCancelledError);
    expect((error as TaskCancelledError).reason).toBe('explicit');
    expect(isCancellation(error)).toBe(true);
    expect(isCancellation(new Error('x'))).toBe(false);
  });

  describe('under plain RxJS operators', () => {
    const typed = 'a 29ms b 29ms c|'; // three queries typed 30 ms apart

    it('switchMap: the issue’s search box — only the last search runs to completion', () => {
      const rec = recorded((runtime, { cold, expectObservable }) => {
        const search = (q: string) => runtime.task(slow(50, q.toUpperCase()), { description: q });
        expectObservable(cold(typed).pipe(switchMap(search))).toBe('130ms (C|)');
      });
      expect(finalRows(rec)).toEqual(['a:cancelled:unsubscribed', 'b:cancelled:unsubscribed', 'c:completed']);
    });

    it('exhaustMap never starts what it ignores', () => {
      const rec = recorded((runtime, { cold, expectObservable }) => {
        const search = (q: string) => runtime.task(slow(50, q.toUpperCase()), { description: q });
        expectObservable(cold(typed).pipe(exhaustMap(search))).toBe('70ms (A|)');
      });
      expect(finalRows(rec)).toEqual(['a:completed']);
    });

    it('concatMap submits each task only when the previous one is done', () => {
      const rec = recorded((runtime, { cold, expectObservable }) => {
        const search = (q: string) => runtime.task(slow(5, q.toUpperCase()), { description: q });
        // a ends at 15 (delivered 25), then b is submitted: starts 35, ends 40 (50); c: 60, 65 (75)
        expectObservable(cold('(abc|)').pipe(concatMap(search))).toBe('25ms A 24ms B 24ms (C|)');
      });
      expect(finalRows(rec)).toEqual(['a:completed', 'b:completed', 'c:completed']);
    });

    it('mergeMap(fn, 2) runs two at a time; the third is submitted when one ends', () => {
      const rec = recorded((runtime, { cold, expectObservable }) => {
        const search = (q: string) => runtime.task(slow(5, q.toUpperCase()), { description: q });
        expectObservable(cold('(abc|)').pipe(mergeMap(search, 2))).toBe('25ms (AB) 21ms (C|)');
      });
      expect(rowsAt(rec, 10)).toEqual(['a:running', 'b:running']);
    });

    it('takeUntil, race and first cancel what they abandon', () => {
      const rec = recorded((runtime, { cold, expectObservable }) => {
        expectObservable(runtime.task(NEVER, { description: 'until' }).pipe(takeUntil(timer(35)))).toBe('35ms |');
        const fast = runtime.task(slow(10, 'fast'), { description: 'fast' });
        const slower = runtime.task(slow(80, 'slow'), { description: 'slow' });
        expectObservable(race(fast, slower)).toBe('20ms (f|)', { f: 'fast' });
        expectObservable(
          runtime.task(cold('a 9ms b 99ms |'), { values: true, description: 'first' }).pipe(first()),
        ).toBe('20ms (a|)');
      });
      expect(finalRows(rec)).toEqual([
        'until:cancelled:unsubscribed',
        'fast:completed',
        'slow:cancelled:unsubscribed',
        'first:cancelled:unsubscribed',
      ]);
    });
  });
});
