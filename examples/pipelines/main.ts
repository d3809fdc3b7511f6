// npm run example:pipelines — tasks as cancellable observables: a search box that cancels
// superseded searches (switchTask), an autosave that keeps the latest draft (keepLatestTask)
// and an upload queue (concatTask), all in one live table with cancel reasons.
import { createRuntime, intervalFrames, later } from '../../lib/index.js';
import { describeRun, runPipelines } from './search-box.js';

const runtime = createRuntime({ frames: intervalFrames(60) });
runPipelines(runtime, (run) => {
  // one more frame so the table shows the last results, then print and leave
  later(
    runtime.scheduler,

    () => {
      console.log(describeRun(runtime, run));
      runtime.dispose();
    },
    { frames: 1 },
  );
});
