import { timer, type SchedulerAction } from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

// `this.schedule(state, delay)` re-queues an action in its own phase; the delay holds
// there as in the update phase: the first frame that starts at or after the due time.
describe('FrameScheduler phase work re-scheduled with a delay', () => {
  it('runs end-of-frame work at the end of the first frame at or after its delay, not the next frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.atEndOfFrame(function (this: SchedulerAction<unknown>) {
        log.push(`end@${s.now()}`);
        if (log.length === 1) this.schedule(undefined, 25); // due at 35
      });
      flush();
    });
    expect(log).toEqual(['end@10', 'end@40']);
  });

  it('orders start-of-frame work by due time against delayed start work, as update work is', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.atStartOfFrame(function (this: SchedulerAction<unknown>) {
        log.push(`delayed@${s.now()}`);
        if (log.length === 1) this.schedule(undefined, 5); // due at 15
      });
      // due at 17, after the delayed start work: both run at 20, the delayed one first
      timer(17).subscribe(() => s.atStartOfFrame(() => log.push(`queued at 17@${s.now()}`)));
      flush();
    });
    expect(log).toEqual(['delayed@10', 'delayed@20', 'queued at 17@20']);
  });
});
