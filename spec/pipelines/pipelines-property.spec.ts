import fc from 'fast-check';
import { Observable, Subject, type OperatorFunction } from 'rxjs';
import { concatTask } from '../../lib/pipelines/concat-task';
import { exhaustTask } from '../../lib/pipelines/exhaust-task';
import { keepLatestTask } from '../../lib/pipelines/keep-latest-task';
import { mergeTask } from '../../lib/pipelines/merge-task';
import { switchTask } from '../../lib/pipelines/switch-task';
import type { GroupState } from '../../lib/pipelines/group-state';
import type { Runtime } from '../../lib/runtime/runtime';
import { isTerminal } from '../../lib/tasks/reduce-task-row';
import type { Work } from '../../lib/tasks/work';
import { expectLifecycles, pumpedRuntime } from '../support/pumped-runtime';

type PolicyName = 'switch' | 'exhaust' | 'concat' | 'merge' | 'keepLatest';
interface Value {
  readonly at: number; // frame it arrives on
  readonly ms: number; // how long its work runs
  readonly fails: boolean;
}

const runs = Number(process.env.RELIABILITY_RUNS ?? 150);
const scenario = fc.record({
  policy: fc.constantFrom<PolicyName>('switch', 'exhaust', 'concat', 'merge', 'keepLatest'),
  values: fc.array(
    fc.record({ at: fc.nat(40), ms: fc.integer({ min: 1, max: 60 }), fails: fc.nat(9).map((n) => n === 0) }),
    {
      maxLength: 25,
    },
  ),
  concurrency: fc.integer({ min: 1, max: 3 }),
  groupLimit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  unsubscribeAt: fc.option(fc.nat(60), { nil: undefined }),
});

function operator(
  runtime: Runtime,
  policy: PolicyName,
  work: (v: Value) => Work<number>,
  options: { group: ReturnType<Runtime['group']>; concurrency: number },
): OperatorFunction<Value, number> {
  const o = { group: options.group, description: (v: Value) => `${v.at}` };
  switch (policy) {
    case 'switch':
      return switchTask(runtime, work, o);
    case 'exhaust':
      return exhaustTask(runtime, work, o);
    case 'concat':
      return concatTask(runtime, work, o);
    case 'merge':
      return mergeTask(runtime, work, { ...o, concurrency: options.concurrency });
    case 'keepLatest':
      return keepLatestTask(runtime, work, o);
  }
}

describe('pipelines: property', () => {
  it('every row ends exactly once; unsubscribe leaves nothing active; limits and group state hold', () => {
    fc.assert(
      fc.property(scenario, ({ policy, values, concurrency, groupLimit, unsubscribeAt }) => {
        const { pump, runtime, events, rows } = pumpedRuntime({ clearAfter: 1e9 });
        const group = runtime.group({ concurrency: groupLimit ?? Infinity });
        let state: GroupState | undefined;
        group.state$.subscribe((s) => (state = s));
        const work =
          (v: Value): Work<number> =>
          () =>
            new Observable<number>((s) => {
              const h = runtime.scheduler.schedule(
                () => (v.fails ? s.error(new Error('x')) : (s.next(v.ms), s.complete())),
                v.ms,
              );
              return () => h.unsubscribe();
            });
        const source = new Subject<Value>();
        let maxLive = 0;
        // (checked after the run: an expect() thrown inside a subscriber would only be reported, not fail the test)
        let maxNotEnded = 0;
        const limit = policy === 'merge' ? concurrency : policy === 'concat' || policy === 'keepLatest' ? 1 : Infinity;
        const running = new Set<string>();
        const notEnded = new Set<string>();
        runtime.events$.subscribe((e) => {
          if (e.type === 'submitted') notEnded.add(e.id);
          if (e.type === 'started') running.add(e.id);
          if (['completed', 'failed', 'timedOut', 'cancelled'].includes(e.type)) {
            running.delete(e.id);
            notEnded.delete(e.id);
          }
          maxLive = Math.max(maxLive, running.size);
          maxNotEnded = Math.max(maxNotEnded, notEnded.size);
        });
        const sub = source
          .pipe(operator(runtime, policy, work, { group, concurrency }))
          .subscribe({ error: () => undefined });
        const byFrame = [...values].sort((a, b) => a.at - b.at);
        for (let frame = 0, i = 0; frame <= 60; frame++) {
          while (i < byFrame.length && (byFrame[i] as Value).at === frame) source.next(byFrame[i++] as Value);
          if (frame === unsubscribeAt) {
            sub.unsubscribe();
            expect([...notEnded]).toEqual([]); // nothing of the pipeline is running or pending
          }
          pump.frame();
        }
        source.complete();
        pump.drain();
        expectLifecycles(events);
        expect(rows().every((r) => isTerminal(r.status))).toBe(true);
        expect(maxLive).toBeLessThanOrEqual(Math.min(limit, groupLimit ?? Infinity));
        // keepLatest: one runs and at most one waits; exhaust: one at a time; switch: the new one and the one it cancels
        const alive = { keepLatest: 2, exhaust: 1, switch: 1, concat: Infinity, merge: Infinity }[policy];
        expect(maxNotEnded).toBeLessThanOrEqual(alive);
        const count = (s: string[]) => rows().filter((r) => s.includes(r.status)).length;
        expect(state).toMatchObject({
          performed: rows().length,
          completed: count(['completed']),
          failed: count(['failed', 'timeout']),
          cancelled: count(['cancelled']),
          running: 0,
          pending: 0,
          isIdle: true,
        });
        runtime.dispose();
      }),
      { numRuns: runs },
    );
  });
});
