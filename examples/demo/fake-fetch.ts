/** A fetch stand-in: resolves '200 OK' after `ms`, rejects with the signal's reason when aborted. */
export function fakeFetch(ms: number, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const handle = setTimeout(() => resolve('200 OK'), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(handle);
      reject(signal.reason);
    });
  });
}
