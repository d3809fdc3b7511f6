import { asyncScheduler, map, timer, type Subscription } from 'rxjs';
import { LATENCY_MS, oneFakeWorker } from './support/one-fake-worker';

const starts: string[] = [];
// a timer, so it ignores ctx.signal: once started it runs to its end unless its worker is ended
const fns = {
  sleep: (ms: number, tag: string) => {
    starts.push(tag);
    return timer(ms).pipe(map(() => tag));
  },
};

/**
 * One fake worker (3 ms each way): at 100, 'a' (10 ms) and 'b' (20 ms, held behind 'a');
 * 'a' reaches the worker at 103 and ends at 113, when the worker starts 'b'; the main
 * thread hears of it at 116. 'a' is cancelled at `cancelAt`.
 */
function cancelRunning(cancelAt: number) {
  starts.length = 0;
  const { seen, workers } = oneFakeWorker(fns, (exec) => {
    exec(10, 'warm');
    let a: Subscription | undefined;
    asyncScheduler.schedule(() => {
      a = exec(10, 'a');
      exec(20, 'b');
    }, 100);
    asyncScheduler.schedule(() => a?.unsubscribe(), cancelAt);
  });
  return { seen, workers, starts: [...starts] };
}

describe('WorkerPool: cancelling the running call as its worker moves on to the next', () => {
  it('while it runs: its worker is ended and the held call runs once, elsewhere', () => {
    const { seen, workers, starts } = cancelRunning(105);
    expect(seen.a).toBeUndefined();
    expect(starts.filter((t) => t === 'b')).toHaveLength(1);
    expect(seen.b).toBeDefined();
    expect(workers).toBe(2);
  });

  it('after it ended, its result still on the way: the held call it started runs once, in the same worker', () => {
    const { seen, workers, starts } = cancelRunning(114); // 'a' ended at 113, 'b' runs since then
    expect(seen.a).toBeUndefined();
    expect(starts.filter((t) => t === 'b')).toHaveLength(1);
    // 'b' ends at 133 in the same worker, is heard of at 136 and handed over on the next frame
    expect(seen.b).toBe(113 + 20 + LATENCY_MS + 1);
    expect(workers).toBe(1);
  });
});
