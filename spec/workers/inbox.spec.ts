import { interval, Observable, Subject, throwError, timer, map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { InvalidArgumentError } from '../../lib/errors';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';
import { WorkerPool } from '../../lib/workers/worker-pool';

const got: string[] = [];
/** Collects messages until 'end', then returns them joined. */
const collect = (ctx: WorkerContext) =>
  new Observable<string>((sub) => {
    const seen: string[] = [];
    return ctx.onMessage((m: string) => {
      got.push(m);
      if (m !== 'end') return void seen.push(m);
      sub.next(seen.join(''));
      sub.complete();
    });
  });
const busy = () => timer(30).pipe(map(() => 'busy done'));
const target = (fn: string) => ({ module: 'm.js', fn });

function setup(size = 1) {
  const scheduler = new FrameScheduler({ frames: interval(10) });
  const transport = new FakeWorkerTransport({ 'm.js': { collect, busy } }, { latencyMs: 3 });
  return { pool: new WorkerPool({ scheduler, transport, size }), transport };
}
const run = (body: (h: Parameters<Parameters<TestScheduler['run']>[0]>[0]) => void) =>
  new TestScheduler((a, b) => expect(a).toEqual(b)).run(body);

beforeEach(() => (got.length = 0));

describe('exec inbox: messages to a running worker call', () => {
  it('queues messages sent before the worker started, in order', () => {
    run(({ cold, expectObservable }) => {
      const { pool } = setup();
      // 'a' and 'b' leave with the run command, before the worker (3 ms away) has started the call
      const inbox = cold('(ab)-c-e', { a: 'A', b: 'B', c: 'C', e: 'end' });
      expectObservable(pool.exec(target('collect'), [], { inbox })).toBe('23ms (x|)', { x: 'ABC' });
    });
  });

  it('holds messages for a call queued behind another until it runs', () => {
    run(({ cold, expectObservable }) => {
      const { pool } = setup(1);
      expectObservable(pool.exec(target('busy'))).toBe('46ms (b|)', { b: 'busy done' });
      const out = pool.exec(target('collect'), [], {
        inbox: cold('a b c 9ms e', { a: 'x', b: 'y', c: 'z', e: 'end' }),
      });
      expectObservable(out).toBe('46ms (x|)', { x: 'xyz' });
    });
  });

  it('drops messages after the call ended', () => {
    run(({ flush }) => {
      const { pool } = setup();
      const inbox = new Subject<string>();
      const results: string[] = [];
      pool.exec<string>(target('collect'), [], { inbox }).subscribe((r) => results.push(r));
      inbox.next('a');
      inbox.next('end');
      flush();
      inbox.next('late');
      flush();
      expect(results).toEqual(['a']);
      expect(got).toEqual(['a', 'end']);
    });
  });

  it('an error on the inbox cancels the call and is emitted', () => {
    run(({ expectObservable }) => {
      const { pool } = setup();
      const boom = new Error('inbox broke');
      expectObservable(pool.exec(target('collect'), [], { inbox: throwError(() => boom) })).toBe('#', {}, boom);
    });
  });

  it('rejects an inbox that is not an Observable', () => {
    const { pool } = setup();
    expect(() => pool.exec(target('collect'), [], { inbox: [1] as never })).toThrow(InvalidArgumentError);
  });
});
