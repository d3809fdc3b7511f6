import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Observable } from 'rxjs';
import type { WorkFunction } from '../../lib/index.js';

/** One line the child wrote, reported as the task's progress. */
export interface OutputLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** How long a child may ignore SIGTERM before it gets SIGKILL. */
const KILL_GRACE_MS = 2_000;

/**
 * Work that runs `command args` as a child process (seed 002's subprocess pattern).
 * Each output line becomes progress; the result is the exit code. Cancelling or timing
 * out the task unsubscribes, and unsubscribing kills the child: cancel means stop.
 */
export function processTask(command: string, args: readonly string[] = []): WorkFunction<number> {
  return (_signal, ctx) =>
    new Observable<number>((subscriber) => {
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const report = (stream: OutputLine['stream']) => (text: string) => ctx.progress({ stream, text });
      createInterface({ input: child.stdout }).on('line', report('stdout'));
      createInterface({ input: child.stderr }).on('line', report('stderr'));
      child.on('error', (error) => subscriber.error(error));
      // 'close' (not 'exit') fires after both pipes drained, so no line comes after the result.
      child.on('close', (code, signal) => {
        subscriber.next(code ?? (signal ? 128 : 1));
        subscriber.complete();
      });
      return () => stopChild(child);
    });
}

function stopChild(child: ReturnType<typeof spawn>): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
  force.unref();
  child.once('exit', () => clearTimeout(force));
}
