import fc from 'fast-check';
import { createThread } from '../../lib/threads/create-thread';
import type { ChildPolicy } from '../../lib/threads/child-policy';
import type { ThreadContext } from '../../lib/threads/thread-context';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import type { ThreadSpec } from '../../lib/threads/thread-spec';
import { isFinalStatus } from '../../lib/threads/thread-status';
import { virtual } from './virtual';

interface NodePlan {
  readonly parent: number;
  readonly policy: ChildPolicy;
  readonly every: number;
  readonly failAt: number | undefined;
}

const policyArb: fc.Arbitrary<ChildPolicy> = fc.oneof(
  fc.constant<ChildPolicy>('escalate'),
  fc.constant<ChildPolicy>('isolate'),
  fc.record({
    type: fc.constant('restart' as const),
    max: fc.integer({ min: 0, max: 2 }),
    backoff: fc.integer({ min: 1, max: 3 }).map((frames) => ({ frames })),
    exhausted: fc.constantFrom('escalate' as const, 'isolate' as const),
  }),
);

const treeArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record({
        parent: fc.integer({ min: 0, max: i }),
        policy: policyArb,
        every: fc.integer({ min: 1, max: 3 }),
        failAt: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      }),
    ),
  ),
);

const stopsArb = fc.array(fc.record({ node: fc.nat(9), at: fc.integer({ min: 1, max: 250 }) }), { maxLength: 5 });

type Entry = { kind: 'run'; id: string } | { kind: 'final'; id: string; parentId: string | undefined };

describe('threads: properties', () => {
  it('no thread runs after its parent stopped; one final status each; join always settles', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, stopsArb, async (plans: NodePlan[], stops) => {
        const handles: (ThreadHandle | undefined)[] = [];
        const trace: Entry[] = [];
        const parents = new Map<string, string | undefined>();
        const finals = new Map<string, number>();
        const spec = (index: number, failAt: number | undefined, every: number): ThreadSpec => ({
          name: `n${index}`,
          enter: (ctx: ThreadContext) => {
            ctx.tasks.reCreate(
              'tick',
              ({ run }) => {
                trace.push({ kind: 'run', id: ctx.id });
                if (run === failAt) throw new Error(`n${index} fails`);
              },
              { frames: every },
            );
            plans.forEach((p, j) => {
              if (p.parent === index) handles[j + 1] = ctx.spawn(spec(j + 1, p.failAt, p.every), { policy: p.policy });
            });
          },
        });
        let root!: ReturnType<typeof createThread>;
        virtual(({ scheduler, at }) => {
          root = createThread(spec(0, undefined, 1), { scheduler });
          handles[0] = root;
          root.events$.subscribe((e) => {
            parents.set(e.id, e.parentId);
            if (!isFinalStatus(e.status)) return;
            finals.set(e.id, (finals.get(e.id) ?? 0) + 1);
            trace.push({ kind: 'final', id: e.id, parentId: e.parentId });
          });
          root.start();
          for (const s of stops) at(s.at, () => void handles[s.node]?.stop());
          at(300, () => void root.stop());
        });
        // one final status per instance, for every instance that ever reported
        for (const id of parents.keys()) expect(finals.get(id)).toBe(1);
        // nothing runs once the thread itself or any ancestor is final
        const ended = new Set<string>();
        for (const entry of trace) {
          if (entry.kind === 'final') {
            ended.add(entry.id);
            continue;
          }
          for (let id: string | undefined = entry.id; id !== undefined; id = parents.get(id))
            expect(ended.has(id)).toBe(false);
        }
        // children reach their final status before their parent
        for (const entry of trace.filter((e) => e.kind === 'final')) {
          if (entry.kind === 'final' && entry.parentId !== undefined) {
            const childAt = trace.indexOf(entry);
            const parentAt = trace.findIndex((e) => e.kind === 'final' && e.id === entry.parentId);
            if (parentAt >= 0) expect(childAt).toBeLessThan(parentAt);
          }
        }
        // join settles for the root and every handle ever returned
        let settled = 0;
        const live = handles.filter((h): h is ThreadHandle => h !== undefined);
        live.forEach((h) => void h.join().then(() => settled++));
        await new Promise(setImmediate);
        expect(settled).toBe(live.length);
        expect(isFinalStatus(root.status)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
