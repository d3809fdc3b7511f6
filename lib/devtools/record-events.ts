import type { Subscription } from 'rxjs';
import type { DevtoolsRuntime } from './devtools-context.js';
import type { EventLog } from './event-log.js';

/**
 * Records the runtime's `events$` into `log` with the scheduler's frame index, from mount
 * to unmount, open or closed, so a task's timeline covers everything since the panel was
 * mounted (`events$` is hot: nothing earlier is replayed). With `captureStacks`, each
 * `submitted` event gets the stack of the code that submitted the task. `sawWorker` is
 * called for each worker task submitted: only then does the panel read the runtime's pool
 * (reading it creates it).
 *
 * @example
 * ```ts
 * const recording = recordEvents(runtime, log, false, () => (workersSeen = true));
 * recording.unsubscribe(); // unmounted
 * ```
 */
export function recordEvents(
  runtime: DevtoolsRuntime,
  log: EventLog,
  captureStacks: boolean,
  sawWorker: () => void,
): Subscription {
  return runtime.events$.subscribe((event) => {
    const stack = captureStacks && event.type === 'submitted' ? creationStack() : undefined;
    if (event.type === 'submitted' && event.kind === 'worker') sawWorker();
    log.record(event, runtime.scheduler.frameIndex, stack);
  });
}

/**
 * The current stack, read while `submitted` is emitted, so it runs through the submitter.
 * The limit is raised for this one read: the runtime's own frames alone can fill the
 * default 10 and hide the submitter.
 */
function creationStack(): string | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error('task created').stack;
  Error.stackTraceLimit = limit;
  return stack;
}
