// npm run example:game-loop — host-driven frames: a plain loop owns the frames and calls
// hostFrames().tick() once per iteration; the runtime's work runs only inside those ticks.
import { createRuntime } from '../../lib/index.js';
import { GameLoop } from './game-loop.js';
import { startTasks, type RunLog } from './tasks.js';
import { createWorld } from './world.js';

const world = createWorld();
const loop = new GameLoop(world);
const runtime = createRuntime({ frames: loop.host.frames, budgetMs: 4 });
const log: RunLog = [];
const ids = startTasks(runtime, log, () => loop.ticking);

const records = await loop.run(60, 2);
const framed = records.filter((r) => r.framed).length;
console.log(`ticks: ${records.length}, frames the runtime used: ${framed}, idle ticks: ${records.length - framed}`);
console.log(`ball at x=${world.x}`);
for (const [name, id] of Object.entries(ids)) {
  const row = runtime.table$.value.find((r) => r.id === id);
  console.log(`${name.padEnd(8)} ${row?.status ?? 'cleared'}: ${JSON.stringify(runtime.getResult(id))}`);
}
console.log(`work ran outside a tick: ${log.filter((e) => !e.ticking).length} times (of ${log.length})`);
runtime.dispose();
