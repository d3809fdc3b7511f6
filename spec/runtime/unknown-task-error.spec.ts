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
