// npm run example:subprocess — a child process as a task (seed 002): its output lines
// stream in as progress, its exit code is the result, and a timeout kills it.
import { createRuntime, intervalFrames, type TaskEvent } from '../../lib/index.js';
import { processTask, type OutputLine } from './process-task.js';
import { countingScript, foreverScript } from './scripts.js';

const runtime = createRuntime({ frames: intervalFrames(60) });
runtime.events$.subscribe((event: TaskEvent) => {
  // the exit code (the observable's value) is progress too; print only the lines
  if (event.type !== 'progress' || typeof event.progress !== 'object') return;
  const line = event.progress as OutputLine;
  console.log(`  [${event.id.slice(0, 6)} ${line.stream}] ${line.text}`);
});

const counting = runtime.run(processTask(process.execPath, ['-e', countingScript(5, 50, 3)]), {
  description: 'count to 5',
});
console.log(`count to 5 exited with code ${await runtime.resultPromise<number>(counting)}`);

const forever = runtime.run(processTask(process.execPath, ['-e', foreverScript(50)]), {
  description: 'runs forever',
  timeout: 300,
});
await runtime.resultPromise(forever).catch((error: Error) => console.log(`runs forever: ${error.message}`));
console.log(`status: ${runtime.status(forever)} (the child was killed)`);
runtime.dispose();
