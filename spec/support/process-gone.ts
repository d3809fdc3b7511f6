/** True while a process with this pid exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Resolves once `pid` is gone; rejects after `limitMs`. Polling lets Node's event loop
 * reap the exited child, so no zombie keeps the pid alive.
 */
export function processGone(pid: number, limitMs = 5_000): Promise<void> {
  const until = Date.now() + limitMs;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (!isAlive(pid)) return resolve();
      if (Date.now() > until) return reject(new Error(`process ${pid} still alive after ${limitMs} ms`));
      setTimeout(poll, 20);
    };
    poll();
  });
}
