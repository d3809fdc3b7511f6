/** What a network-like task resolves to. */
export interface FakeResponse {
  readonly url: string;
  readonly bytes: number;
}

/**
 * A network-like request: resolves after `ms`, or rejects with `fail` if given, and
 * rejects with an `AbortError` as soon as `signal` aborts (the timer is cleared: cancel
 * means stop).
 *
 * @example
 * ```ts
 * runtime.run((ctx) => from(fakeFetch('/scene.json', 800, ctx.signal)), { description: 'load', kind: 'frame' });
 * ```
 */
export function fakeFetch(url: string, ms: number, signal: AbortSignal, fail?: string): Promise<FakeResponse> {
  return new Promise((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(new DOMException(`request to ${url} aborted`, 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      if (fail) reject(new Error(`${url}: ${fail}`));
      else resolve({ url, bytes: 1024 + url.length * 97 });
    }, ms);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}
