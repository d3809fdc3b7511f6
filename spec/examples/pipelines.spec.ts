import { interval } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { createRuntime } from '../../lib';
import { describeRun, runPipelines, type PipelinesRun } from '../../examples/pipelines/search-box';

describe('example: pipelines (npm run example:pipelines)', () => {
  it('cancels superseded searches (restarted), keeps the latest draft, uploads in order', () => {
    let run: PipelinesRun | undefined;
    let printed = '';
    let rows: string[] = [];
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ flush }) => {
      const runtime = createRuntime({ frames: interval(16) });
      runPipelines(runtime, (r) => (run = r));
      flush();
      printed = describeRun(runtime, run as PipelinesRun);
      rows = runtime.table$.value.map(
        (r) => `${r.description}:${r.status}${r.cancelReason ? `:${r.cancelReason}` : ''}`,
      );
      runtime.dispose();
    });
    expect(rows.filter((r) => r.startsWith('search'))).toEqual([
      'search "f":cancelled:restarted',
      'search "fr":cancelled:restarted',
      'search "fra":completed',
    ]);
    expect(run?.results).toEqual([['fra — result 1', 'fra — result 2']]);
    expect(run?.spinner).toEqual([false, true, false]);
    expect(run?.saved.at(-1)).toBe('draft 4');
    expect(rows.filter((r) => r.includes('superseded')).length).toBeGreaterThan(0);
    expect(run?.uploads).toEqual(['a.png', 'b.png', 'c.png']);
    expect(printed).toContain('cancelled:restarted');
    expect(printed).toContain('search');
  });
});
