import { setTimeout as sleep } from 'node:timers/promises';
import { of } from 'rxjs';
import { createRuntime, delayFrames } from '../../lib';
import { GameLoop } from '../../examples/game-loop/game-loop';
import { startTasks, type RunLog } from '../../examples/game-loop/tasks';
import { createWorld } from '../../examples/game-loop/world';

describe('example: a game loop driving the frames', () => {
  it('runs work only inside ticks, and tick() returns false once the runtime is idle', async () => {
    const loop = new GameLoop(createWorld());
    const runtime = createRuntime({ frames: loop.host.frames });
    const log: RunLog = [];
    const ids = startTasks(runtime, log, () => loop.ticking);
    await sleep(20);
    expect(log).toEqual([]); // time passing runs nothing: only ticks do

    const records = await loop.run(40);
    expect(records).toHaveLength(40);
    const busy = records.findIndex((r) => !r.framed);
    // frames while there is work (at least the 5 of delayFrames), then idle for good
    expect(busy).toBeGreaterThanOrEqual(5);
    expect(records.slice(busy).every((r) => !r.framed)).toBe(true);
    expect(loop.host.tick()).toBe(false);

    expect(log.length).toBeGreaterThan(10);
    expect(log.filter((e) => !e.ticking)).toEqual([]);
    expect(runtime.getResult(ids.primes!)).toBe(2262);
    expect(runtime.getResult(ids.later!)).toBe('spawned enemy');
    expect(runtime.getResult(ids.promise!)).toBe('level loaded');
    runtime.dispose();
  });

  it('counts frames by ticks, not by time', async () => {
    const loop = new GameLoop(createWorld());
    expect(loop.step().framed).toBe(false); // nobody listens yet
    const runtime = createRuntime({ frames: loop.host.frames });
    const seen: number[] = [];
    of(1)
      .pipe(delayFrames(3, runtime.scheduler))
      .subscribe(() => seen.push(loop.records.length));
    await sleep(100);
    expect(seen).toEqual([]);
    for (let i = 0; i < 6; i++) loop.step();
    expect(seen).toEqual([3]); // delivered during the third tick after subscribing
    expect(loop.records.map((r) => r.framed)).toEqual([false, true, true, true, false, false, false]);
    runtime.dispose();
  });
});
