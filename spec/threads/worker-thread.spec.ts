import { Observable } from 'rxjs';
import { InvalidArgumentError, ThreadFailedError, WorkerCrashedError } from '../../lib/errors';
import { createThread } from '../../lib/threads/create-thread';
import type { ChildPolicy } from '../../lib/threads/child-policy';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import type { ThreadOutcome } from '../../lib/threads/thread-exit';
import { workerThread } from '../../lib/threads/worker-thread';
import { FakeWorkerTransport } from '../../lib/workers/testing/fake-worker-transport';
import type { WorkerContext } from '../../lib/workers/worker-side/worker-context';
import { virtual, type Virtual } from './virtual';

/** Echoes IN messages back UP uppercased; 'bye' ends it with the number echoed. */
const echo = (ctx: WorkerContext) =>
  new Observable<number>((sub) => {
    let n = 0;
    return ctx.onMessage((m: string) =>
      m === 'bye' ? (sub.next(n), sub.complete()) : (n++, ctx.progress(m.toUpperCase())),
    );
  });
const target = { module: 'echo.js', fn: 'echo' };

/** A parent that spawns one echo worker thread and logs what comes UP, with the frame flag. */
function tree(v: Virtual, policy: ChildPolicy = 'escalate') {
  const transport = new FakeWorkerTransport({ 'echo.js': { echo } });
  const spec = workerThread<string, string, number>({ name: 'echo', target, transport });
  const box: { child?: ThreadHandle<string, string, number>; outcome?: ThreadOutcome<number> } = {};
  const parent = createThread<unknown, unknown, unknown, string>(
    {
      name: 'parent',
      enter: (ctx) => {
        box.child = ctx.spawn(spec, { policy });
        box.child.exit$.subscribe((o) => (box.outcome = o));
      },
      onUp: (m) => v.note(`${m}${v.scheduler.inFrame ? '' : ' (outside a frame)'}`),
      onChildExit: (o) => v.note(`child ${o.exit.type}`),
    },
    { scheduler: v.scheduler },
  ).start();
  const send = (at: number, ...messages: string[]) => v.at(at, () => messages.forEach((m) => box.child?.send(m)));
  return { transport, parent, box, send };
}

describe('workerThread: a thread whose body runs in a worker', () => {
  it('forwards IN to the worker in order and delivers its UP messages on frames', () => {
    const log = virtual((v) => {
      const { send } = tree(v);
      send(15, 'a', 'b');
      send(63, 'c');
    });
    expect(log).toEqual(['A@45', 'B@45', 'C@93']);
  });

  it('ends with the worker result; the standalone worker is gone', () => {
    let t!: ReturnType<typeof tree>;
    const log = virtual((v) => {
      t = tree(v, 'isolate');
      t.send(15, 'a', 'b', 'bye');
    });
    expect(log).toEqual(['A@45', 'B@45', 'child result@45']);
    expect(t.box.outcome?.exit).toEqual({ type: 'result', value: 2 });
    expect(t.transport.alive).toHaveLength(0);
  });

  it('stopping the thread terminates its worker', () => {
    let t!: ReturnType<typeof tree>;
    const alive: number[] = [];
    const log = virtual((v) => {
      t = tree(v);
      v.at(25, () => alive.push(t.transport.alive.length));
      v.at(35, () => (v.note('stop ' + t.box.child?.status), void t.box.child?.stop()));
      v.at(100, () => alive.push(t.transport.alive.length));
    });
    expect(log).toEqual(['stop running@35', 'child aborted@55']);
    expect(alive).toEqual([1, 0]);
    expect(t.box.outcome?.exit.type).toBe('aborted');
    expect(t.transport.workers).toHaveLength(1);
  });

  it('a worker crash crashes the thread; restart runs a fresh worker that gets later IN', () => {
    let t!: ReturnType<typeof tree>;
    const log = virtual((v) => {
      t = tree(v, { type: 'restart', max: 1, exhausted: 'isolate' });
      send(t, 15, 'a');
      v.at(45, () => t.transport.workers[0]?.crash(3));
      send(t, 75, 'b');
      v.at(95, () => t.transport.workers[1]?.crash(4));
    });
    expect(log).toEqual(['A@45', 'B@105', 'child crashed@105']);
    expect(t.transport.workers).toHaveLength(2);
    const exit = t.box.outcome?.exit;
    expect(exit?.type === 'crashed' && exit.error).toBeInstanceOf(WorkerCrashedError);
  });

  it('escalates a worker crash to the parent like any other child', () => {
    let t!: ReturnType<typeof tree>;
    let parentExit: unknown;
    virtual((v) => {
      t = tree(v);
      t.parent.exit$.subscribe((o) => (parentExit = o.exit));
      v.at(25, () => t.transport.workers[0]?.crash(3));
    });
    expect(parentExit).toMatchObject({ type: 'crashed', error: expect.any(ThreadFailedError) });
  });

  it('rejects bad options with InvalidArgumentError quoting the value', () => {
    expect(() => workerThread({ name: 'x', target: { module: '', fn: 'echo' } })).toThrow(InvalidArgumentError);
    expect(() => workerThread({ name: '', target })).toThrow(InvalidArgumentError);
    expect(() => workerThread({ name: 'x', target, args: 'nope' as never })).toThrow(/nope/);
  });
});

function send(t: ReturnType<typeof tree>, at: number, ...messages: string[]): void {
  t.send(at, ...messages);
}
