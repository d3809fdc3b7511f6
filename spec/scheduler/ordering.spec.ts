import { timer, type SchedulerAction } from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

describe('FrameScheduler ordering', () => {
  it('runs same-delay work first in, first out, inside the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      for (const name of ['a', 'b', 'c', 'd']) s.schedule(() => log.push(`${name}@${s.now()}`));
      expect(log).toEqual([]);
      flush();
    });
    expect(log).toEqual(['a@10', 'b@10', 'c@10', 'd@10']);
  });

  it('orders mixed delays by due time, then first in, first out', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const at = (name: string, delay: number) => s.schedule(() => log.push(`${name}@${s.now()}`), delay);
      at('late', 30);
      at('x12', 12);
      at('now1', 0);
      at('y11', 11);
      at('p15', 15);
      at('q15', 15);
      at('now2', 0);
      at('e25', 25);
      flush();
    });
    expect(log).toEqual(['now1@10', 'now2@10', 'y11@20', 'x12@20', 'p15@20', 'q15@20', 'e25@30', 'late@30']);
  });

  it('merges delayed and undelayed work of one frame by due time', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => log.push('due0'));
      s.schedule(() => log.push('due3'), 3);
      timer(5).subscribe(() => s.schedule(() => log.push('due5')));
      s.schedule(() => log.push('due7'), 7);
      flush();
    });
    expect(log).toEqual(['due0', 'due3', 'due5', 'due7']);
  });

  it('runs work scheduled inside a frame in the next frame, never the same one', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => {
        log.push(`a@${s.now()}`);
        s.schedule(() => log.push(`b@${s.now()}`));
        s.schedule(() => log.push(`c@${s.now()}`));
      });
      s.schedule(() => log.push(`d@${s.now()}`));
      flush();
    });
    expect(log).toEqual(['a@10', 'd@10', 'b@20', 'c@20']);
  });

  it('re-schedules an action from inside its work with new state and delay', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(
        function (this: SchedulerAction<number>, n = 0) {
          log.push(`${n}@${s.now()}`);
          if (n < 3) this.schedule(n + 1, n === 1 ? 25 : 0);
        },
        0,
        0,
      );
      flush();
    });
    expect(log).toEqual(['0@10', '1@20', '2@50', '3@60']);
  });

  it('runs delayed work in the first frame at or after its due time', () => {
    const log: number[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => log.push(s.now()), 25);
      s.schedule(() => log.push(s.now()), 40);
      flush();
    });
    expect(log).toEqual([30, 40]);
  });
});
