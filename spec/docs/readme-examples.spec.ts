// The README's examples, run as written (with test doubles for the app's own functions).
import { debounceTime } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { concat, delay, map, of, timer } from 'rxjs';
import { createRuntime, createThread, switchTask, taskManagerLink, type ThreadSpec } from '../../lib';
import { marbleFrames, testFrameScheduler } from '../../lib/testing';

const newTestScheduler = (): TestScheduler => new TestScheduler((a, b) => expect(a).toEqual(b));

describe('README examples', () => {
  it('runs the task-pipelines example: only the last of three searches completes', () => {
    newTestScheduler().run(({ flush }) => {
      const runtime = createRuntime({ frames: marbleFrames(10) });
      const spinner = { hidden: true };
      const shown: string[] = [];
      // the README's search(q, signal), as virtual-time work
      const searchLike = (q: string) => () => timer(50).pipe(map(() => q.toUpperCase()));
      const query$ = concat(of('f'), of('fr').pipe(delay(30)), of('fra').pipe(delay(30)));
      const searches = runtime.group({ name: 'search' });
      const seen: boolean[] = [];
      searches.state$.subscribe((s) => {
        spinner.hidden = !s.isRunning;
        seen.push(spinner.hidden);
      });
      query$
        .pipe(switchTask(runtime, searchLike, { group: searches, description: (q) => q }))
        .subscribe((r) => shown.push(r));
      flush();
      expect(shown).toEqual(['FRA']);
      expect(runtime.table$.value.map((r) => `${r.description}:${r.status}:${r.cancelReason}`)).toEqual([
        'f:cancelled:restarted',
        'fr:cancelled:restarted',
        'fra:completed:undefined',
      ]);
      expect(seen).toContain(false);
      expect(spinner.hidden).toBe(true);
      runtime.dispose();
    });
  });

  it('marble-tests a pipeline on the frame scheduler', () => {
    newTestScheduler().run(({ cold, expectObservable }) => {
      const frames = testFrameScheduler({ frameMs: 10 });
      expectObservable(cold('a 5ms b 50ms |').pipe(debounceTime(15, frames))).toBe('30ms b 26ms |');
    });
  });

  it('runs the task-thread example: children report UP, stop is structured', () => {
    newTestScheduler().run(({ flush }) => {
      const readings: string[] = [];
      const sensor = (name: string): ThreadSpec<never, { sensor: string; value: number }> => ({
        name,
        enter: (ctx) => ctx.tasks.reCreate('read', () => ctx.up({ sensor: name, value: 1 }), { ms: 100 }),
      });
      const master: ThreadSpec<never, never, void, { sensor: string; value: number }> = {
        name: 'master',
        enter: (ctx) => {
          ctx.spawn(sensor('left'), { policy: 'isolate' });
          ctx.spawn(sensor('right'), { policy: { type: 'restart', max: 3, backoff: { frames: 10 } } });
        },
        onUp: (reading) => void readings.push(reading.sensor),
      };
      const runtime = createRuntime({ frames: marbleFrames(10) });
      const thread = createThread(master, { scheduler: runtime.scheduler, table: taskManagerLink(runtime.tasks) });
      thread.start();
      runtime.scheduler.schedule(() => void thread.stop(), 250);
      flush();
      expect(readings.slice(0, 2).sort()).toEqual(['left', 'right']);
      expect(thread.status).toBe('stopped');
      expect(runtime.table$.value.filter((r) => r.kind === 'thread').map((r) => r.status)).not.toContain('running');
      runtime.dispose();
    });
  });
});
