// The seed's sample problem (TaskThread, seed 004) on frametasks threads:
//
// master
//   storage            IN: frames  -> one JSON line per frame, flushed each frame
//   broadcast          IN: frames
//     subscriber :p1   IN: frames  -> TCP line stream (WebSocket stand-in)
//     subscriber :p2
//   tcp server         UP: frames
//     connection c1    UP: frames
//       processor c1   IN: packets, UP: frames
//     ...
//
// Run with `npm run sample`: it starts everything on 127.0.0.1, runs scripted clients
// that split their frames at random points, stops the master and prints a summary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ThreadNode } from '../../lib/threads/index.js';
import { runSample } from './run-sample.js';

function printTree(node: ThreadNode, depth = 0): void {
  console.log(`${'  '.repeat(depth)}${node.name} [${node.status}]`);
  node.children.forEach((child) => printTree(child, depth + 1));
}

const dir = mkdtempSync(join(tmpdir(), 'frametasks-sample-'));
const file = join(dir, 'frames.jsonl');
const clients = 4;
const framesPerClient = 25;
const report = await runSample({ clients, framesPerClient, file, seed: Date.now() });
const stored = readFileSync(file, 'utf8').trim().split('\n');
console.log('largest thread tree seen:');
if (report.tree) printTree(report.tree);
console.log(`frames sent:       ${clients * framesPerClient} by ${clients} clients`);
console.log(`frames stored:     ${stored.length} lines in ${file}`);
report.subscriberLines.forEach((lines, i) => console.log(`subscriber ${i + 1}:      ${lines.length} lines`));
console.log(`master exit:       ${report.outcome.exit.type}, teardown errors: ${report.outcome.teardownErrors.length}`);
rmSync(dir, { recursive: true, force: true });
