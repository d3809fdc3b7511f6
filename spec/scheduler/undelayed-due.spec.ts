import { timer } from 'rxjs';
import { testFrameScheduler } from '../../lib/testing';
import { virtual } from './virtual';

// Work without delay reads the clock only while delayed work waits; these pin the order
// that shortcut must keep.
describe('FrameScheduler order of undelayed work queued while nothing is delayed', () => {
  it('runs it before delayed work queued later that falls due in the same frame', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      timer(5).subscribe(() => {
        s.schedule(() => log.push('now@5'));
        s.schedule(() => log.push('tiny'), 1e-9);
        s.schedule(() => log.push('half'), 0.5);
        s.schedule(() => log.push('now2@5'));
      });
      flush();
    });
    expect(log).toEqual(['now@5', 'now2@5', 'tiny', 'half']);
  });

  it('runs it after earlier-due delayed work once delayed work is waiting again', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      s.schedule(() => log.push('first'));
      s.schedule(() => log.push('d3'), 3);
      timer(5).subscribe(() => s.schedule(() => log.push('now@5')));
      timer(6).subscribe(() => s.schedule(() => log.push('d6.5'), 0.5));
      flush();
    });
    expect(log).toEqual(['first', 'd3', 'now@5', 'd6.5']);
  });

  it('keeps order when the only delayed entry is cancelled before undelayed work arrives', () => {
    const log: string[] = [];
    virtual(({ flush }) => {
      const s = testFrameScheduler();
      const cancelled = s.schedule(() => log.push('never'), 2);
      timer(1).subscribe(() => cancelled.unsubscribe());
      timer(4).subscribe(() => {
        s.schedule(() => log.push('now@4'));
        s.schedule(() => log.push('d4.1'), 0.1);
      });
      flush();
    });
    expect(log).toEqual(['now@4', 'd4.1']);
  });
});
