/** Where {@link spin}'s arithmetic goes, so the engine cannot drop it. */
export let spun = 0;

/**
 * Busy-waits `ms` milliseconds: stands in for real CPU work. It reads the clock only
 * every few hundred multiply-adds: each `performance.now()` returns a fresh heap number,
 * and a loop doing nothing but read the clock filled the young generation every few ms,
 * so the main thread's scavenges (up to 10 ms while worker threads took the cores) landed
 * inside the frames this work is sliced to fit.
 */
export function spin(ms: number): void {
  const end = performance.now() + ms;
  let x = spun;
  do {
    for (let i = 0; i < 512; i++) x = (x * 31 + i) | 0;
  } while (performance.now() < end);
  spun = x;
}
