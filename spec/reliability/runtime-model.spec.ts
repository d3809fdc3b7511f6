import fc from 'fast-check';
import { RuntimeModel } from './model/model';
import { commands, disposeCommand } from './model/commands';
import { System } from './model/system';
import { verifyEnd } from './model/verify';

const runs = Number(process.env.RELIABILITY_RUNS ?? 1000);

describe('runtime against a reference model (fast-check commands)', () => {
  it(`run/cancel/cancelActive/clearFinished/clearAll/advance/complete/fail/timeout/dispose: ${runs} runs`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, Infinity),
        fc.constantFrom(0, Infinity),
        fc.commands([...commands, disposeCommand], { maxCommands: 40 }),
        (maxConcurrent, clearAfter, cmds) => {
          const setup = () => ({
            model: new RuntimeModel(maxConcurrent, clearAfter),
            real: new System(maxConcurrent, clearAfter),
          });
          let end: { model: RuntimeModel; real: System } | undefined;
          fc.modelRun(() => (end = setup()), cmds);
          const { model, real } = end as { model: RuntimeModel; real: System };
          verifyEnd(model, real);
        },
      ),
      { numRuns: runs },
    );
  });
});
