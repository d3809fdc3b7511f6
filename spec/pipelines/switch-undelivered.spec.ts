import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import { finalRows, recorded, slow } from './harness';

const upper = (ms: number) => (q: string) => slow(ms, q.toUpperCase());

describe('a result finished but not yet handed out when a newer value arrives', () => {
  it('switchTask drops it, like switchMap over frame-delivered work: only the newest value’s result goes out', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      // A starts on the first frame (10 ms) and finishes at 25; its result waits for the frame at 35, and b arrives at 30
      const out = cold('a 29ms b|').pipe(switchTask(runtime, upper(15), { description: (q) => q }));
      expectObservable(out).toBe('60ms (B|)');
    });
    expect(finalRows(rec)).toEqual(['a:completed', 'b:completed']);
  });

  it('exhaustTask keeps it: the task it belongs to was not superseded, and the newer value starts its own', () => {
    const rec = recorded((runtime, { cold, expectObservable }) => {
      const out = cold('a 29ms b|').pipe(exhaustTask(runtime, upper(15), { description: (q) => q }));
      expectObservable(out).toBe('35ms A 24ms (B|)');
    });
    expect(finalRows(rec)).toEqual(['a:completed', 'b:completed']);
  });
});
