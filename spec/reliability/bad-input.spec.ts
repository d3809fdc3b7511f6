import { interval, of, Subject } from 'rxjs';
import {
  FrametasksError,
  InvalidArgumentError,
  TaskNotFinishedError,
  ThreadStateError,
  UnknownTaskError,
} from '../../lib/errors';
import { intervalFrames } from '../../lib/frames/interval-frames';
import { mountDevtools } from '../../lib/devtools/mount-devtools';
import { delayFrames } from '../../lib/operators/delay-frames';
import { observeOnFrames } from '../../lib/operators/observe-on-frames';
import { createRuntime } from '../../lib/runtime/create-runtime';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler';
import { marbleFrames } from '../../lib/testing/marble-frames';
import { simulatedClock } from '../../lib/testing/simulated-clock';
import { createThread } from '../../lib/threads/create-thread';
import type { ThreadContext } from '../../lib/threads/thread-context';
import type { TaskThread } from '../../lib/threads/task-thread';
import { every } from '../../lib/timing/every';
import { later } from '../../lib/timing/later';
import { pumpedRuntime, type Pumped } from '../support/pumped-runtime';
import { pumpUntilIdle } from '../support/settle';

type World = { w: Pumped; ctx: ThreadContext; thread: TaskThread; stopped: TaskThread; running: string };
const fn = () => undefined;
const frames = interval(10);

const table: [string, (x: World) => unknown, new (...a: any[]) => FrametasksError, string][] = [
  ['createRuntime frames not an observable', () => createRuntime({ frames: 42 as any }), InvalidArgumentError, '42'],
  ['createRuntime negative budget', () => createRuntime({ frames, budgetMs: -1 }), InvalidArgumentError, '-1'],
  ['createRuntime NaN budget', () => createRuntime({ frames, budgetMs: NaN }), InvalidArgumentError, 'NaN'],
  [
    'createRuntime infinite budget',
    () => createRuntime({ frames, budgetMs: Infinity }),
    InvalidArgumentError,
    'Infinity',
  ],
  ['createRuntime maxConcurrent 0', () => createRuntime({ frames, maxConcurrent: 0 }), InvalidArgumentError, '0'],
  ['createRuntime maxConcurrent 1.5', () => createRuntime({ frames, maxConcurrent: 1.5 }), InvalidArgumentError, '1.5'],
  ['createRuntime negative clearAfter', () => createRuntime({ frames, clearAfter: -5 }), InvalidArgumentError, '-5'],
  [
    'createRuntime onError not a function',
    () => createRuntime({ frames, onError: 'log' as any }),
    InvalidArgumentError,
    '"log"',
  ],
  [
    'createRuntime clock without now()',
    () => createRuntime({ frames, clock: { at: 3 } as any }),
    InvalidArgumentError,
    '{"at":3}',
  ],
  [
    'createRuntime unknown option',
    () => createRuntime({ frames, colour: 'red' } as any),
    InvalidArgumentError,
    'colour',
  ],
  ['run a number', ({ w }) => w.runtime.run(42 as any), InvalidArgumentError, '42'],
  ['run null', ({ w }) => w.runtime.run(null as any), InvalidArgumentError, 'null'],
  ['run a string', ({ w }) => w.runtime.run('work' as any), InvalidArgumentError, '"work"'],
  ['run an array with one bad item', ({ w }) => w.runtime.run([of(1), 7 as any]), InvalidArgumentError, 'work[1]'],
  [
    'run options an empty array',
    ({ w }) => w.runtime.run(of(1), [] as any),
    InvalidArgumentError,
    'received array (got [])',
  ],
  [
    'task options an array',
    ({ w }) => w.runtime.task(of(1), [1] as any),
    InvalidArgumentError,
    'received array (got [1])',
  ],
  ['run negative timeout', ({ w }) => w.runtime.run(of(1), { timeout: -1 }), InvalidArgumentError, '-1'],
  ['run NaN timeout', ({ w }) => w.runtime.run(of(1), { timeout: NaN }), InvalidArgumentError, 'NaN'],
  ['run zero timeout', ({ w }) => w.runtime.run(of(1), { timeout: 0 }), InvalidArgumentError, '0'],
  ['run infinite priority', ({ w }) => w.runtime.run(of(1), { priority: Infinity }), InvalidArgumentError, 'Infinity'],
  [
    'run description not a string',
    ({ w }) => w.runtime.run(of(1), { description: 5 as any }),
    InvalidArgumentError,
    '5',
  ],
  ['run info not an object', ({ w }) => w.runtime.run(of(1), { info: 'x' as any }), InvalidArgumentError, '"x"'],
  ['run info an array', ({ w }) => w.runtime.run(of(1), { info: [1, 2] as any }), InvalidArgumentError, '[1,2]'],
  ['run unknown option', ({ w }) => w.runtime.run(of(1), { retries: 3 } as any), InvalidArgumentError, 'retries'],
  ['run unknown kind', ({ w }) => w.runtime.run(of(1), { kind: 'gpu' as any }), InvalidArgumentError, '"gpu"'],
  ['cancel an unknown id', ({ w }) => w.runtime.cancel('nope'), UnknownTaskError, '"nope"'],
  ['status of a number id', ({ w }) => w.runtime.status(42 as any), UnknownTaskError, 'id 42'],
  ['getResult of an unknown id', ({ w }) => w.runtime.getResult('missing'), UnknownTaskError, '"missing"'],
  ['getResult of a running task', ({ w, running }) => w.runtime.getResult(running), TaskNotFinishedError, 'running'],
  ['TaskManager.submit a non-function', ({ w }) => w.runtime.tasks.submit('x' as any), InvalidArgumentError, '"x"'],
  ['later with a non-function', ({ w }) => later(w.runtime.scheduler, 'fn' as any), InvalidArgumentError, '"fn"'],
  ['later negative frames', ({ w }) => later(w.runtime.scheduler, fn, { frames: -1 }), InvalidArgumentError, '-1'],
  ['later fractional frames', ({ w }) => later(w.runtime.scheduler, fn, { frames: 1.5 }), InvalidArgumentError, '1.5'],
  ['later NaN ms', ({ w }) => later(w.runtime.scheduler, fn, { ms: NaN }), InvalidArgumentError, 'NaN'],
  [
    'later frames and ms',
    ({ w }) => later(w.runtime.scheduler, fn, { frames: 1, ms: 5 }),
    InvalidArgumentError,
    '"ms":5',
  ],
  ['later on a non-scheduler', () => later({} as any, fn), InvalidArgumentError, '{}'],
  [
    'later with a bad owner',
    ({ w }) => later(w.runtime.scheduler, fn, { owner: 42 as any }),
    InvalidArgumentError,
    '42',
  ],
  ['every 0 ms', ({ w }) => every(w.runtime.scheduler, fn, { ms: 0 }), InvalidArgumentError, '0'],
  ['every 0 frames', ({ w }) => every(w.runtime.scheduler, fn, { frames: 0 }), InvalidArgumentError, '0'],
  ['intervalFrames 0 fps', () => intervalFrames(0), InvalidArgumentError, '0'],
  ['intervalFrames negative fps', () => intervalFrames(-60), InvalidArgumentError, '-60'],
  ['intervalFrames NaN fps', () => intervalFrames(NaN), InvalidArgumentError, 'NaN'],
  ['marbleFrames negative ms', () => marbleFrames(-1), InvalidArgumentError, '-1'],
  ['simulatedClock negative work', () => simulatedClock().work(-3), InvalidArgumentError, '-3'],
  ['FrameScheduler zero budget', () => new FrameScheduler({ frames, budgetMs: 0 }), InvalidArgumentError, '0'],
  ['FrameScheduler without frames', () => new FrameScheduler({} as any), InvalidArgumentError, 'undefined'],
  ['delayFrames negative', ({ w }) => delayFrames(-1, w.runtime.scheduler), InvalidArgumentError, '-1'],
  ['delayFrames on a non-scheduler', () => delayFrames(1, 'sched' as any), InvalidArgumentError, '"sched"'],
  ['observeOnFrames on a non-scheduler', () => observeOnFrames(null as any), InvalidArgumentError, 'null'],
  [
    'createThread empty name',
    ({ w }) => createThread({ name: '' }, { scheduler: w.runtime.scheduler }),
    InvalidArgumentError,
    '""',
  ],
  [
    'createThread hook not a function',
    ({ w }) => createThread({ name: 't', enter: 5 } as any, { scheduler: w.runtime.scheduler }),
    InvalidArgumentError,
    '5',
  ],
  [
    'createThread without a scheduler',
    () => createThread({ name: 't' }, { scheduler: {} as any }),
    InvalidArgumentError,
    '{}',
  ],
  [
    'spawn with an unknown policy',
    ({ ctx }) => ctx.spawn({ name: 'c' }, { policy: 'retry' as any }),
    InvalidArgumentError,
    'retry',
  ],
  [
    'spawn with negative restart max',
    ({ ctx }) => ctx.spawn({ name: 'c' }, { policy: { type: 'restart', max: -1 } }),
    InvalidArgumentError,
    '-1',
  ],
  ['reCreate with an empty name', ({ ctx }) => ctx.tasks.reCreate('', fn), InvalidArgumentError, '""'],
  ['reCreate every 0 frames', ({ ctx }) => ctx.tasks.reCreate('poll', fn, { frames: 0 }), InvalidArgumentError, '0'],
  ['reCreate with non-function work', ({ ctx }) => ctx.tasks.reCreate('poll', 3 as any), InvalidArgumentError, '3'],
  // refused before the page is touched: no DOM is needed to see it
  ['mountDevtools frames 0', ({ w }) => mountDevtools(w.runtime, { frames: 0 }), InvalidArgumentError, '(got 0)'],
  [
    'mountDevtools misspelt corner',
    ({ w }) => mountDevtools(w.runtime, { corner: 'bottom-rigth' as any }),
    InvalidArgumentError,
    '"bottom-rigth"',
  ],
  [
    'mountDevtools hotkey that never fires',
    ({ w }) => mountDevtools(w.runtime, { hotkey: 'Control+D' }),
    InvalidArgumentError,
    '"Control+D"',
  ],
  [
    'mountDevtools without a runtime',
    () => mountDevtools(undefined as any),
    InvalidArgumentError,
    'runtime: expected a frametasks Runtime from createRuntime() (got undefined)',
  ],
  [
    'mountDevtools given the scheduler for the runtime',
    ({ w }) => mountDevtools(w.runtime.scheduler as any),
    InvalidArgumentError,
    'runtime: expected a frametasks Runtime',
  ],
  [
    'mountDevtools unknown option',
    ({ w }) => mountDevtools(w.runtime, { theme: 'dark' } as any),
    InvalidArgumentError,
    'theme',
  ],
  ['send on a stopped thread', ({ stopped }) => stopped.send('late'), ThreadStateError, 'stopped'],
];

describe('bad input: a named error with a code quoting the value; running work untouched (guarantee 6)', () => {
  let x: World;

  beforeEach(async () => {
    const w = pumpedRuntime();
    let ctx: ThreadContext | undefined;
    const thread = createThread(
      { name: 'host', enter: (c) => void (ctx = c) },
      { scheduler: w.runtime.scheduler },
    ).start();
    const stopped = createThread({ name: 'stopped' }, { scheduler: w.runtime.scheduler }).start();
    const running = w.runtime.run(new Subject<number>());
    await pumpUntilIdle(w, 5);
    const stopping = stopped.stop();
    await pumpUntilIdle(w, 5);
    await stopping;
    x = { w, ctx: ctx as ThreadContext, thread, stopped, running };
  });

  it('covers at least 30 calls', () => expect(table.length).toBeGreaterThanOrEqual(30));

  it.each(table)('%s', async (_name, call, errorClass, quoted) => {
    const subject = new Subject<number>();
    const survivor = x.w.runtime.run(subject);
    x.w.pump.frame();
    let caught: unknown;
    try {
      call(x);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errorClass);
    const error = caught as FrametasksError;
    expect(error.code).toMatch(/^ERR_FRAMETASKS_/);
    expect(error.name).toBe(errorClass.name);
    expect(error.message).toContain(quoted);
    subject.next(7);
    subject.complete();
    await pumpUntilIdle(x.w, 5);
    expect(x.w.runtime.getResult(survivor)).toBe(7);
    expect(x.w.runtime.status(x.running)).toBe('running');
    expect(x.thread.status).toBe('running');
    expect(x.w.errors).toEqual([]);
  });
});
