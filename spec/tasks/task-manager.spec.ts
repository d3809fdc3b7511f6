import { concat, defer, map, NEVER, of, throwError, timer } from 'rxjs';
import { TaskCancelledError, TaskTimeoutError, UnknownTaskError } from '../../lib/errors';
import { trace, virtual } from './harness';

describe('TaskManager', () => {
  it('starts a task on a frame and delivers its result on the next frame', () => {
    let id = '';
    const { events } = virtual(({ tasks, helpers }) => {
      id = tasks.submit(() => of(1, 42), { description: 'answer' });
      helpers.expectObservable(tasks.result(id)).toBe('20ms (a|)', { a: 42 });
    });
    // values emitted while starting are held; the task ended during its start, so they are its result only
    expect(trace(events, id)).toEqual(['submitted@0', 'started@10', 'completed@10']);
  });

  it('fails a task whose body throws synchronously, errors asynchronously or whose source throws', () => {
    const boom = new Error('boom');
    const ids: string[] = [];
    const { events } = virtual(({ tasks, helpers }) => {
      ids.push(
        tasks.submit(() => {
          throw boom;
        }),
      );
      ids.push(
        tasks.submit(() =>
          concat(
            timer(15),
            throwError(() => boom),
          ),
        ),
      );
      ids.push(
        tasks.submit(() =>
          defer(() => {
            throw boom;
          }),
        ),
      );
      helpers.expectObservable(tasks.result(ids[1] as string)).toBe('35ms #', undefined, boom);
    });
    const failedAt = events.filter((e) => e.type === 'failed').map((e) => e.time);
    expect(failedAt).toEqual([10, 10, 25]);
    expect(events.filter((e) => e.type === 'failed').map((e) => e.id)).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('cancels a pending task before it starts and stops a running one', () => {
    let pending = '';
    let running = '';
    let stopped = false;
    const { events } = virtual(({ tasks, helpers }) => {
      pending = tasks.submit(() => of(1));
      tasks.cancel(pending);
      running = tasks.submit(() => NEVER);
      helpers.cold('15ms x').subscribe(() => tasks.cancel(running));
      helpers.expectObservable(tasks.result(running)).toBe('25ms #', undefined, new TaskCancelledError(running));
      tasks.result(pending).subscribe({ error: (e) => (stopped = e instanceof TaskCancelledError) });
    });
    expect(trace(events, pending)).toEqual(['submitted@0', 'cancelled@0']);
    expect(trace(events, running)).toEqual(['submitted@0', 'started@10', 'cancelled@15']);
    expect(stopped).toBe(true);
  });

  it('times out at the exact virtual time counted from the start', () => {
    let id = '';
    const { events, scheduler } = virtual(({ tasks, helpers }) => {
      id = tasks.submit(() => NEVER, { timeout: 30 });
      helpers.expectObservable(tasks.result(id)).toBe('50ms #', undefined, new TaskTimeoutError(id, 30));
    });
    expect(trace(events, id)).toEqual(['submitted@0', 'started@10', 'timedOut@40']);
    expect(scheduler.framesActive).toBe(false);
  });

  it('throws UnknownTaskError for unknown ids and ignores cancel after done', () => {
    virtual(({ tasks, helpers }) => {
      expect(() => tasks.cancel('nope')).toThrow(UnknownTaskError);
      const id = tasks.submit(() => of(1));
      helpers.cold('20ms x').subscribe(() => expect(tasks.cancel(id)).toBe(false));
    });
  });
});

describe('TaskManager progress', () => {
  it('reports values emitted while starting once the start returns, then each later value', () => {
    let id = '';
    const { events } = virtual(({ tasks }) => {
      id = tasks.submit(() => concat(of('a', 'b'), timer(5).pipe(map(() => 'c'))));
    });
    const progress = events.filter((e) => e.id === id && e.type === 'progress');
    expect(progress.map((e) => (e.type === 'progress' ? `${String(e.progress)}@${e.time}` : ''))).toEqual([
      'a@10',
      'b@10',
      'c@15',
    ]);
  });
});
