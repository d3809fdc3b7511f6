import { intervalFrames } from '../../lib/frames/interval-frames.js';
import { FrameScheduler } from '../../lib/scheduler/frame-scheduler.js';
import { createThread, type ThreadNode, type ThreadOutcome } from '../../lib/threads/index.js';
import { masterThread } from './master-thread.js';
import { openLineSink } from './line-sink.js';
import { runClient, seeded } from './scripted-client.js';

/**
 * What {@link runSample} did: the payloads each client sent, the lines each subscriber
 * and the file received, the largest tree seen, and the master's outcome.
 *
 * @example
 * ```ts
 * const report: SampleReport = await runSample({ clients: 3, framesPerClient: 5, file, seed: 1 });
 * ```
 */
export interface SampleReport {
  readonly sent: readonly (readonly string[])[];
  readonly subscriberLines: readonly (readonly string[])[];
  readonly subscribersEnded: readonly number[];
  readonly tree: ThreadNode | undefined;
  readonly outcome: ThreadOutcome;
}

/**
 * Runs the seed's sample problem end to end on loopback: sinks, master, scripted
 * clients with randomly split packets; waits (bounded by `timeoutMs`) until every frame
 * reached every subscriber, then stops the master and waits for `join()`.
 *
 * @example
 * ```ts
 * const report = await runSample({ clients: 3, framesPerClient: 10, file: 'frames.jsonl', seed: 7 });
 * ```
 */
export async function runSample(o: {
  readonly clients: number;
  readonly framesPerClient: number;
  readonly file: string;
  readonly seed: number;
  readonly subscribers?: number;
  readonly timeoutMs?: number;
}): Promise<SampleReport> {
  const sinks = await Promise.all(Array.from({ length: o.subscribers ?? 2 }, () => openLineSink()));
  const scheduler = new FrameScheduler({ frames: intervalFrames(250) });
  let onListening!: (port: number) => void;
  const listening = new Promise<number>((resolve) => (onListening = resolve));
  const spec = masterThread({ port: 0, subscribers: sinks.map((s) => s.port), file: o.file, onListening });
  const master = createThread(spec, { scheduler }).start();
  let tree: ThreadNode | undefined;
  const size = (n: ThreadNode): number => 1 + n.children.reduce((sum, c) => sum + size(c), 0);
  // keep the largest snapshot: the tree while clients were connected
  const treeSub = master.tree$.subscribe((t) => (tree = tree && size(tree) >= size(t) ? tree : t));
  const failedEarly = master
    .join()
    .then((outcome) => Promise.reject(new Error(`master ended: ${JSON.stringify(outcome.exit)}`)));
  failedEarly.catch(() => undefined); // only matters while waiting for the port
  const port = await Promise.race([listening, failedEarly]);
  const random = seeded(o.seed);
  const sent = Array.from({ length: o.clients }, (_, c) =>
    Array.from({ length: o.framesPerClient }, (_, i) => `client${c}:frame${i}:${'x'.repeat(i % 7)}`),
  );
  await Promise.all(sent.map((payloads) => runClient(port, payloads, random)));
  const expected = o.clients * o.framesPerClient;
  const timeoutMs = o.timeoutMs ?? 5_000;
  await Promise.all(sinks.map((s) => s.waitFor(expected, timeoutMs))).catch(() => undefined);
  const outcome = await master.stop();
  treeSub.unsubscribe();
  const report = {
    sent,
    subscriberLines: sinks.map((s) => [...s.lines]),
    subscribersEnded: sinks.map((s) => s.ended()),
    tree,
    outcome,
  };
  await Promise.all(sinks.map((s) => s.close()));
  scheduler.dispose();
  return report;
}
