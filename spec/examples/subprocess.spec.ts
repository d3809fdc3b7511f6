import { filter, firstValueFrom, map, take, timeout, toArray } from 'rxjs';
import { createRuntime, intervalFrames, type Runtime, type TaskEvent } from '../../lib';
import { processTask, type OutputLine } from '../../examples/subprocess/process-task';
import { countingScript, foreverScript } from '../../examples/subprocess/scripts';
import { isAlive, processGone } from '../support/process-gone';

const node = process.execPath;

function lines(runtime: Runtime, id: string, count: number): Promise<string[]> {
  return firstValueFrom(
    runtime.events$.pipe(
      filter((e: TaskEvent) => e.id === id && e.type === 'progress' && typeof e.progress === 'object'),
      map((e) => (e as { progress: OutputLine }).progress.text),
      take(count),
      toArray(),
      timeout(10_000),
    ),
  );
}

describe('example: subprocess as a task', () => {
  let runtime: Runtime;
  beforeEach(() => (runtime = createRuntime({ frames: intervalFrames(60) })));
  afterEach(() => runtime.dispose());

  it('reports each output line as progress, in order, and resolves with the exit code', async () => {
    const id = runtime.run(processTask(node, ['-e', countingScript(6, 10, 3)]));
    const seen = lines(runtime, id, 6);
    await expect(runtime.resultPromise(id)).resolves.toBe(3);
    expect(await seen).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(runtime.status(id)).toBe('completed');
  });

  it('reports stderr lines and fails when the command cannot start', async () => {
    const id = runtime.run(processTask(node, ['-e', 'console.error("oops"); process.exitCode = 1']));
    const [line] = await Promise.all([
      firstValueFrom(runtime.events$.pipe(filter((e) => e.id === id && e.type === 'progress'))),
      expect(runtime.resultPromise(id)).resolves.toBe(1),
    ]);
    expect(line).toMatchObject({ progress: { stream: 'stderr', text: 'oops' } });
    const missing = runtime.run(processTask('/nonexistent/frametasks-command'));
    await expect(runtime.resultPromise(missing)).rejects.toThrow(/ENOENT/);
    expect(runtime.status(missing)).toBe('failed');
  });

  it.each([
    ['cancelled', (r: Runtime, id: string) => r.cancel(id), {}],
    ['timeout', () => undefined, { timeout: 2_000 }],
  ] as const)('kills the child when the task ends as %s', async (status, stop, options) => {
    const id = runtime.run(processTask(node, ['-e', foreverScript(20)]), options);
    const [first] = await lines(runtime, id, 1);
    const pid = Number(first?.replace('pid ', ''));
    expect(isAlive(pid)).toBe(true);
    stop(runtime, id);
    await expect(runtime.resultPromise(id)).rejects.toThrow();
    expect(runtime.status(id)).toBe(status);
    await processGone(pid);
  });
});
