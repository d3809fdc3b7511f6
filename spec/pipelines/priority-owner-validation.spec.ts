import { NEVER, of, Subscription } from 'rxjs';
import { UnknownTaskError } from '../../lib/errors';
import { concatTask } from '../../lib/pipelines/concat-task';
import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import { keepLatestTask } from '../../lib/pipelines/keep-latest-task';
import { mergeTask } from '../../lib/pipelines/merge-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import { pumpedRuntime } from '../support/pumped-runtime';
import { finalRows, recorded } from './harness';

describe('runtime.setPriority', () => {
  it('moves a pending task in the start order; a running one keeps running and shows the new priority', () => {
    const { pump, runtime, rows } = pumpedRuntime({ maxConcurrent: 1 });
    const started: string[] = [];
    const work = (name: string) => () => (started.push(name), NEVER);
    const a = runtime.run(work('a'), { description: 'a' });
    runtime.run(work('b'), { description: 'b' });
    const c = runtime.run(work('c'), { description: 'c' });
    pump.frame();
    runtime.setPriority(c, 5);
    runtime.setPriority(a, 9);
    runtime.cancel(a);
    pump.frame();
    expect(started).toEqual(['a', 'c']);
    expect(rows().map((r) => `${r.description}:${r.priority}:${r.status}`)).toEqual([
      'a:9:cancelled',
      'b:0:pending',
      'c:5:running',
    ]);
  });

  it('rejects unknown ids and priorities that are not finite numbers, touching nothing', () => {
    const { runtime } = pumpedRuntime();
    const id = runtime.run(NEVER);
    expect(() => runtime.setPriority('nope', 1)).toThrow(UnknownTaskError);
    expect(() => runtime.setPriority(id, Number.NaN)).toThrow('priority: expected a finite number (got NaN)');
    expect(() => runtime.setPriority(id, '3' as never)).toThrow(/got "3"/);
    expect(runtime.status(id)).toBe('pending');
  });
});

describe('owner-bound tasks', () => {
  it('run() and task(): the owner ending first cancels its tasks (reason owner); tasks that end first unlink', () => {
    const controller = new AbortController();
    const scope = new Subscription();
    const { pump, runtime, rows } = pumpedRuntime();
    runtime.run(NEVER, { owner: controller.signal, description: 'signal' });
    runtime.task(NEVER, { owner: scope, description: 'subscription' }).subscribe({ error: () => undefined });
    runtime.run(of(1), { owner: scope, description: 'done first' });
    pump.frame();
    pump.frame();
    controller.abort();
    scope.unsubscribe();
    pump.frame();
    expect(rows().map((r) => `${r.description}:${r.status}:${r.cancelReason}`)).toEqual([
      'signal:cancelled:owner',
      'subscription:cancelled:owner',
      'done first:completed:undefined',
    ]);
  });

  it('an owner that has already ended cancels the task at once', () => {
    const { runtime } = pumpedRuntime();
    const id = runtime.run(NEVER, { owner: AbortSignal.abort() });
    expect(runtime.status(id)).toBe('cancelled');
  });
});

describe('bad input to pipelines: a named error at the call, quoting the value; nothing running is touched', () => {
  const operators = { switchTask, exhaustTask, concatTask, mergeTask, keepLatestTask };

  it.each(Object.entries(operators))('%s', (name, op) => {
    const { runtime } = pumpedRuntime();
    const running = runtime.run(NEVER);
    const call = (project: unknown, options?: unknown) => () => (op as any)(runtime, project, options);
    expect(call(42)).toThrow(`${name}: project: expected a function (got 42)`);
    expect(call(() => NEVER, { colour: 'red' })).toThrow(/colour/);
    expect(call(() => NEVER, { owner: 'me' })).toThrow(/owner.*\(got "me"\)/);
    expect(call(() => NEVER, { timeout: -1 })).toThrow(/timeout.*\(got -1\)/);
    expect(call(() => NEVER, { group: 'g' })).toThrow(
      /options.group: expected a TaskGroup from runtime.group\(\) \(got "g"\)/,
    );
    expect(() => (op as any)(null, () => NEVER)).toThrow(`${name}: runtime: expected a Runtime (got null)`);
    if (name === 'mergeTask') {
      expect(call(() => NEVER, { concurrency: 0 })).toThrow(
        'mergeTask: options.concurrency: expected a positive integer or Infinity (got 0)',
      );
      expect(call(() => NEVER, { concurrency: 2.5 })).toThrow(/got 2\.5/);
      expect(call(() => NEVER, { concurrency: Infinity })).not.toThrow();
    } else expect(call(() => NEVER, { concurrency: 2 })).toThrow(/concurrency/);
    expect(runtime.status(running)).toBe('pending');
  });

  it('runtime.task() checks work and options at the call, not at subscription', () => {
    const { runtime } = pumpedRuntime();
    expect(() => runtime.task(5 as never)).toThrow(/work: expected an Observable/);
    expect(() => runtime.task(NEVER, { values: 'yes' } as never)).toThrow(
      /options.values: expected a boolean \(got "yes"\)/,
    );
    expect(() => runtime.run(NEVER, { values: true } as never)).toThrow(/values/);
  });

  it('work that is not work, returned by a project, fails that value’s task', () => {
    const rec = recorded((runtime, { cold }) => {
      cold('a|')
        .pipe(mergeTask(runtime, () => 5 as never, { description: 'bad' }))
        .subscribe({ error: () => undefined });
    });
    expect(finalRows(rec)).toEqual(['bad:failed']);
    expect(rec.tables.at(-1)?.rows[0]?.error?.message).toMatch(/project\(value\): expected an Observable/);
  });
});
