import { map, NEVER, Subject, throwError } from 'rxjs';
import { concatTask } from '../../lib/pipelines/concat-task';
import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import { keepLatestTask } from '../../lib/pipelines/keep-latest-task';
import { mergeTask } from '../../lib/pipelines/merge-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import { finalRows, recorded, rowsAt, slow } from './harness';

const typed = 'a 29ms b 29ms c|'; // three values 30 ms apart
const upper = (ms: number, log?: string[]) => (q: string) => slow(ms, q.toUpperCase(), log);
// Frames run only while there is work: a task ending between frames restarts them, so the
// next frame comes 10 ms after that (a result ready at 25 is delivered at 35).

describe('switchTask (restartable)', () => {
  it('the issue’s search box: the first two searches are cancelled (restarted), only the last completes', () => {
    const log: string[] = [];
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold(typed).pipe(switchTask(runtime, upper(50, log), { description: (q) => q }));
      expectObservable(out).toBe('130ms (C|)');
    });
    expect(log).toEqual(['start A', 'stop A', 'start B', 'stop B', 'start C']);
    expect(rowsAt(rec, 40)).toEqual(['a:cancelled:restarted', 'b:running']);
    expect(finalRows(rec)).toEqual(['a:cancelled:restarted', 'b:cancelled:restarted', 'c:completed']);
  });

  it('unsubscribing the output cancels the running task (reason unsubscribed)', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      expectObservable(cold(typed).pipe(switchTask(runtime, upper(50), { description: (q) => q })), '^ 44ms !').toBe(
        '',
      );
    });
    expect(finalRows(rec)).toEqual(['a:cancelled:restarted', 'b:cancelled:unsubscribed']);
  });
});

describe('exhaustTask (drop)', () => {
  it('values that arrive while a task runs start nothing, make no row and count as dropped', () => {
    let dropped = -1;
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const group = runtime.group({ name: 'saves' });
      group.state$.subscribe((s) => (dropped = s.dropped));
      expectObservable(cold(typed).pipe(exhaustTask(runtime, upper(50), { description: (q) => q, group }))).toBe(
        '70ms (A|)',
      );
    });
    expect(finalRows(rec)).toEqual(['a:completed']);
    expect(dropped).toBe(2);
  });
});

describe('concatTask (enqueue)', () => {
  it('each value is a pending row at once, in arrival order; one runs at a time; results in order', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      expectObservable(cold('(abc|)').pipe(concatTask(runtime, upper(15), { description: (q) => q }))).toBe(
        '35ms A 24ms B 24ms (C|)',
      );
    });
    expect(rowsAt(rec, 0)).toEqual([]);
    expect(rowsAt(rec, 10)).toEqual(['a:running', 'b:pending', 'c:pending']);
    expect(rowsAt(rec, 35)).toEqual(['a:completed', 'b:running', 'c:pending']);
    expect(finalRows(rec)).toEqual(['a:completed', 'b:completed', 'c:completed']);
  });

  it('an error ends the output and cancels what is queued (reason unsubscribed)', () => {
    const boom = new Error('boom');
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const project = (q: string) => (q === 'a' ? () => throwError(() => boom) : slow(5, q));
      // a fails on the frame at 10: a task that ends inside a frame is handed out at its end
      expectObservable(cold('(abc|)').pipe(concatTask(runtime, project, { description: (q) => q }))).toBe(
        '10ms #',
        undefined,
        boom,
      );
    });
    expect(finalRows(rec)).toEqual(['a:failed', 'b:cancelled:unsubscribed', 'c:cancelled:unsubscribed']);
  });

  it('source completion waits for the queued tasks', () => {
    recorded((runtime, { cold, expectObservable }) => {
      expectObservable(cold('(ab|)').pipe(concatTask(runtime, upper(15)))).toBe('35ms A 24ms (B|)');
    });
  });
});

describe('mergeTask (maxConcurrency)', () => {
  it('up to `concurrency` run; the rest stay pending in order; results in completion order', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const project = (q: string) => slow(q === 'a' ? 25 : 5, q.toUpperCase());
      const out = cold('(abcd|)').pipe(mergeTask(runtime, project, { concurrency: 2, description: (q) => q }));
      // b ends at 15 (out at 25, c starts); c ends at 30, a at 35 (both out at 40, d starts); d ends at 45
      expectObservable(out).toBe('25ms B 14ms (CA) 11ms (D|)');
    });
    expect(rowsAt(rec, 10)).toEqual(['a:running', 'b:running', 'c:pending', 'd:pending']);
    expect(finalRows(rec)).toEqual(['a:completed', 'b:completed', 'c:completed', 'd:completed']);
  });

  it('unsubscribing cancels running and pending tasks alike', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold('(abc|)').pipe(mergeTask(runtime, () => NEVER, { concurrency: 1, description: (q) => q }));
      expectObservable(out, '^ 30ms !').toBe('');
    });
    expect(finalRows(rec)).toEqual([
      'a:cancelled:unsubscribed',
      'b:cancelled:unsubscribed',
      'c:cancelled:unsubscribed',
    ]);
  });
});

describe('keepLatestTask (exhaust with trailing)', () => {
  it('one runs, at most one waits; a newer value supersedes the waiting one; results in arrival order', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold('a 9ms b 9ms c 9ms d|').pipe(keepLatestTask(runtime, upper(45), { description: (q) => q }));
      expectObservable(out).toBe('65ms A 54ms (D|)');
    });
    expect(rowsAt(rec, 40)).toEqual(['a:running', 'b:cancelled:superseded', 'c:cancelled:superseded', 'd:pending']);
    expect(finalRows(rec)).toEqual(['a:completed', 'b:cancelled:superseded', 'c:cancelled:superseded', 'd:completed']);
  });
});

describe('every policy', () => {
  it('a project that throws for one value fails that value’s task (row failed), which errors the output', () => {
    const oops = new Error('oops');
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const project = (): never => {
        throw oops;
      };
      expectObservable(cold('a|').pipe(mergeTask(runtime, project, { description: 'p' }))).toBe(
        '10ms #',
        undefined,
        oops,
      );
    });
    expect(finalRows(rec)).toEqual(['p:failed']);
  });

  it('tasks cancelled from outside emit nothing and the pipeline goes on', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold('a 29ms b|').pipe(concatTask(runtime, upper(25), { description: (q) => q }));
      runtime.scheduler.schedule(() => runtime.cancelActive(), 20);
      expectObservable(out.pipe(map((v) => v.toLowerCase()))).toBe('75ms (b|)');
    });
    expect(finalRows(rec)).toEqual(['a:cancelled:explicit', 'b:completed']);
  });

  it('an owner that ends cancels the pipeline’s tasks (reason owner) and completes the output', () => {
    const owner = new AbortController();
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold('(ab)').pipe(mergeTask(runtime, () => NEVER, { owner: owner.signal, description: (q) => q }));
      runtime.scheduler.schedule(() => owner.abort(), 25); // runs on the frame at 30
      expectObservable(out).toBe('30ms |');
    });
    expect(finalRows(rec)).toEqual(['a:cancelled:owner', 'b:cancelled:owner']);
  });

  it('a source error errors the output at once and cancels the tasks (reason unsubscribed)', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      expectObservable(cold('a 19ms #').pipe(switchTask(runtime, () => NEVER, { description: 'x' }))).toBe('20ms #');
    });
    expect(finalRows(rec)).toEqual(['x:cancelled:unsubscribed']);
  });

  it('nothing is submitted before a value arrives and a hot source drives the same pipeline', () => {
    const rec = recorded((runtime) => {
      const values = new Subject<string>();
      values.pipe(switchTask(runtime, upper(5))).subscribe();
      expect(runtime.table$.value).toEqual([]);
      values.next('a');
    });
    expect(finalRows(rec).length).toBe(1);
  });
});
