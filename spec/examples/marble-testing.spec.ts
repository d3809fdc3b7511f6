// How a user marble-tests their own frame-driven pipeline: frames and timers run in
// TestScheduler's virtual time, so every expectation below is exact and instant.
import { catchError, map, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime } from '../../lib';
import { marbleFrames, testFrameScheduler } from '../../lib/testing';
import { calibrate, settledReadings } from '../../examples/marble-testing/sensor-pipeline';

const readings = { a: 20.04, b: Number.NaN, c: 20.11, d: 21, i: Number.POSITIVE_INFINITY };

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('example: marble-testing a sensor pipeline on the frame scheduler', () => {
  it('delivers on frames, drops glitches and emits once the sensor is quiet for 30 ms', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      // frames every 10 ms while there is work
      const scheduler = testFrameScheduler({ frameMs: 10 });
      const sensor = hot('a 4ms b 9ms c 84ms d', readings);
      // c arrives at 15, is delivered on the frame at 20 and settles at 50; the frames then
      // stop (idle), d at 100 restarts them: delivered at 110, settled at 140
      expectObservable(settledReadings(sensor, scheduler)).toBe('50ms c 89ms d', { c: 20.1, d: 21 });
    });
  });

  it('a burst within one frame settles to its last valid reading', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const scheduler = testFrameScheduler({ frameMs: 10 });
      expectObservable(settledReadings(cold('(acbi)', readings), scheduler)).toBe('40ms c', { c: 20.1 });
    });
  });

  it('calibrates as a task: the first settled reading is the result, on a frame', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const runtime = createRuntime({ frames: marbleFrames(10) });
      const id = calibrate(runtime, hot('5ms a 9ms c 9ms d', readings));
      // The task starts on the first frame (10), so it misses a; c and d are delivered on
      // the frames at 20 and 30, d settles at 60 and the result is delivered on the next frame.
      expectObservable(runtime.result(id)).toBe('70ms (x|)', { x: 21 });
      const statuses = runtime.table$.pipe(map((rows) => rows[0]?.status ?? '-'));
      expectObservable(statuses).toBe('e 9ms r 49ms c', { e: '-', r: 'running', c: 'completed' });
    });
  });

  it('times out when the sensor never settles, and stops listening to it', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const runtime = createRuntime({ frames: marbleFrames(10) });
      const noisy = cold('a 9ms '.repeat(30), readings); // a reading every 10 ms for 300 ms
      const id = calibrate(runtime, noisy, 100);
      const outcome = runtime.result(id).pipe(catchError((error: Error) => of(error.name)));
      expectObservable(outcome).toBe('120ms (x|)', { x: 'TaskTimeoutError' });
      expectSubscriptions(noisy.subscriptions).toBe('10ms ^ 99ms !');
    });
  });
});
