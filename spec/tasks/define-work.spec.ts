import { NEVER, Observable, of } from 'rxjs';
import { defineWork } from '../../lib/tasks/define-work';
import { TaskCancelledError } from '../../lib/errors';
import { pumpedRuntime } from '../support/pumped-runtime';

describe('defineWork', () => {
  it('runs the body with the spec’s kind, description and meta (options win)', () => {
    const { pump, runtime, rows } = pumpedRuntime();
    const work = defineWork({ body: () => of(7), kind: 'remote', description: 'job', meta: { queue: 'q', a: 1 } });
    const id = runtime.run(work, { meta: { a: 2 } });
    pump.frame();
    pump.frame();
    expect(runtime.getResult(id)).toBe(7);
    expect(rows()[0]).toMatchObject({ kind: 'remote', description: 'job', meta: { queue: 'q', a: 2 } });
  });

  it('ctx.setMeta merges facts into the row; startsWhen reported keeps the row pending until ctx.started()', () => {
    const { pump, runtime, rows, events } = pumpedRuntime();
    let start: (() => void) | undefined;
    const work = defineWork<number>({
      startsWhen: 'reported',
      body: (ctx) =>
        new Observable<number>(() => {
          ctx.setMeta?.({ attempt: 1 });
          start = () => ctx.started?.();
        }),
    });
    const id = runtime.run(work, { timeout: 30 });
    for (let i = 0; i < 6; i++) pump.frame();
    expect(runtime.status(id)).toBe('pending');
    expect(() => runtime.getResult(id)).toThrow(expect.objectContaining({ status: 'pending' }));
    expect(rows()[0]).toMatchObject({ status: 'pending', meta: { attempt: 1 } });
    expect(events.some((e) => e.type === 'started' || e.type === 'timedOut')).toBe(false);
    start?.();
    expect(runtime.status(id)).toBe('running');
    for (let i = 0; i < 5; i++) pump.frame();
    expect(runtime.status(id)).toBe('timeout');
  });

  it('a cancelled task says why, in the event, the row and the error', () => {
    const { pump, runtime, rows, events } = pumpedRuntime();
    const id = runtime.run(NEVER);
    let error: unknown;
    runtime.result(id).subscribe({ error: (e: unknown) => (error = e) });
    pump.frame();
    runtime.cancel(id);
    pump.frame();
    expect(events.find((e) => e.type === 'cancelled')).toMatchObject({ reason: 'explicit' });
    expect(rows()[0]).toMatchObject({ status: 'cancelled', cancelReason: 'explicit' });
    expect(error).toBeInstanceOf(TaskCancelledError);
    expect((error as TaskCancelledError).reason).toBe('explicit');
  });
});

describe('runtime.addTeardown', () => {
  it('runs teardowns at dispose, newest first, after tasks were cancelled; removed ones do not run', () => {
    const { runtime } = pumpedRuntime();
    const log: string[] = [];
    const id = runtime.run(NEVER);
    runtime.addTeardown(() => log.push(`a:${runtime.status(id)}`));
    const remove = runtime.addTeardown(() => log.push('removed'));
    runtime.addTeardown(() => log.push('b'));
    remove();
    runtime.dispose();
    expect(log).toEqual(['b', 'a:cancelled']);
    runtime.addTeardown(() => log.push('late'));
    expect(log).toEqual(['b', 'a:cancelled', 'late']);
  });
});
