import { interval, of } from 'rxjs';
import { InvalidArgumentError } from '../../lib/errors';
import { createRuntime } from '../../lib/runtime/create-runtime';
import { inVirtualTime, trace } from './harness';

describe('Runtime input validation', () => {
  it.each([
    ['a number as work', 42, /work: expected an Observable.*\(got 42\)/],
    ['a string as work', 'go', /\(got "go"\)/],
    ['null as work', null, /\(got null\)/],
  ])('rejects %s', (_name, work, message) => {
    inVirtualTime((rt) => {
      expect(() => rt.run(work as never)).toThrow(InvalidArgumentError);
      expect(() => rt.run(work as never)).toThrow(message);
    });
  });

  it.each([
    [{ timeout: -1 }, /options\.timeout: .*\(got -1\)/],
    [{ timeout: Number.NaN }, /options\.timeout: .*\(got NaN\)/],
    [{ info: 'text' }, /options\.info: expected a plain object \(got "text"\)/],
    [{ info: [1] }, /options\.info: expected a plain object \(got \[1\]\)/],
    [{ priority: Infinity }, /options\.priority: .*\(got Infinity\)/],
    [{ colour: 'red' }, /options.*colour/],
    ['fast', /options: .*\(got "fast"\)/],
  ])('rejects options %p, quoting the value, and harms nothing running', (options, message) => {
    let id = '';
    const { events, runtime } = inVirtualTime((rt) => {
      id = rt.run(() => interval(10).pipe());
      expect(() => rt.run(of(1), options as never)).toThrow(message);
      expect(() => rt.run([of(1), of(2)], options as never)).toThrow(InvalidArgumentError);
      rt.run(of(1), { timeout: 25 }); // still accepts good work
      rt.scheduler.schedule(() => rt.cancel(id), 30);
    });
    expect(trace(events, id)).toEqual(['submitted@0', 'started@10', 'progress@20', 'cancelled@30']);
    expect(events.filter((e) => e.type === 'submitted')).toHaveLength(2);
    expect(runtime.table$.value).toHaveLength(2);
  });

  it('validates an array before submitting any of it', () => {
    const { events } = inVirtualTime((rt) => {
      expect(() => rt.run([of(1), 5 as never, of(2)])).toThrow(/work\[1\].*\(got 5\)/);
    });
    expect(events).toEqual([]);
  });

  it('rejects bad runtime options and unknown ids', () => {
    expect(() => createRuntime({ frames: interval(10), maxConcurrent: 0 })).toThrow(/maxConcurrent.*\(got 0\)/);
    expect(() => createRuntime({ frames: interval(10), clearAfter: -5 })).toThrow(/clearAfter.*\(got -5\)/);
    expect(() => createRuntime({ frames: interval(10), speed: 2 } as never)).toThrow(InvalidArgumentError);
    expect(() => createRuntime({ frames: 'x' } as never)).toThrow(/frames.*\(got "x"\)/);
    inVirtualTime((rt) => {
      expect(() => rt.cancel('missing')).toThrow(expect.objectContaining({ code: 'ERR_FRAMETASKS_UNKNOWN_TASK' }));
      expect(() => rt.result('missing')).toThrow(/"missing"/);
      expect(() => rt.getResult('missing')).toThrow(/"missing"/);
    });
  });
});
