import type { Pumped } from './pumped-runtime';

/** One macrotask turn: lets promise callbacks (and their follow-ups) run. */
export function turn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Frames and promise callbacks interleaved until nothing is left (bounded; no real sleeps). */
export async function pumpUntilIdle(world: Pumped, max = 50): Promise<void> {
  for (let i = 0; i < max; i++) {
    world.pump.frame();
    await turn();
    if (!world.pump.active && world.runtime.tasks.runningCount === 0) return;
  }
}
