/** Busy-waits `ms` milliseconds: stands in for real CPU work. */
export function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // burn CPU on purpose
  }
}
