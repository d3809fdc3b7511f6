import { hostFrames } from '../../lib/frames/host-frames';
import { createRuntime } from '../../lib/runtime/create-runtime';

describe('UnknownTaskError', () => {
  // the id was quoted as JSON.stringify(String(id)): an id that is not a string, such as
  // undefined from a forgotten assignment, read as the string "undefined"
  it('quotes the id as given: a string in quotes, anything else as describeValue renders it', () => {
    const runtime = createRuntime({ frames: hostFrames().frames });
    expect(() => runtime.status('t-1')).toThrow('no task with id "t-1"');
    expect(() => runtime.cancel(undefined as unknown as string)).toThrow(/no task with id undefined$/);
    expect(() => runtime.getResult(['a', 'b'] as unknown as string)).toThrow(/no task with id \["a","b"\]$/);
    runtime.dispose();
  });
});

describe('resultPromise of an unknown or cleared id', () => {
  // it threw UnknownTaskError synchronously, so runtime.resultPromise(id).catch(handle)
  // never reached its catch: a function that returns a promise must reject instead
  it('returns a promise that rejects with UnknownTaskError', async () => {
    const host = hostFrames();
    const runtime = createRuntime({ frames: host.frames });
    const id = runtime.run(() => 1);
    while (runtime.status(id) !== 'completed') host.tick();
    runtime.clearFinished();
    let outcome: unknown;
    expect(() => {
      outcome = runtime.resultPromise(id).catch((e: unknown) => e);
    }).not.toThrow();
    await expect(outcome).resolves.toMatchObject({ name: 'UnknownTaskError', code: 'ERR_FRAMETASKS_UNKNOWN_TASK' });
    runtime.dispose();
  });
});
