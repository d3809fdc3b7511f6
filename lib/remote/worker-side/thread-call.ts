import { Worker } from 'node:worker_threads';
import type { RemoteJobContext } from '../remote-function.js';

/**
 * The thread's program (eval'd, so nothing has to be built for it): imports the functions
 * module, calls one function, posts progress and the outcome. `abort` aborts its signal.
 */
const program = `
const { parentPort, workerData: w } = require('node:worker_threads');
const controller = new AbortController();
parentPort.on('message', (m) => m === 'abort' && controller.abort());
const post = (m) => parentPort.postMessage(m);
(async () => {
  try {
    const mod = await import(w.module);
    const fns = mod.default && typeof mod.default === 'object' ? { ...mod, ...mod.default } : mod;
    const fn = Object.hasOwn(fns, w.fn) ? fns[w.fn] : undefined;
    if (typeof fn !== 'function') return post({ type: 'unknown', names: Object.keys(fns).filter((k) => typeof fns[k] === 'function') });
    const ctx = { signal: controller.signal, jobId: w.jobId, attempt: w.attempt, progress: (value) => post({ type: 'progress', value }) };
    post({ type: 'result', value: await fn(w.data, ctx) });
  } catch (e) {
    post({ type: 'error', name: e && e.name, code: e && e.code, message: e && e.message !== undefined ? String(e.message) : String(e) });
  }
})();
`;

type ThreadMessage =
  | { type: 'progress'; value: unknown }
  | { type: 'result'; value: unknown }
  | { type: 'unknown'; names: string[] }
  | { type: 'error'; name?: string; code?: string; message: string };

/**
 * Runs `fn(data, ctx)` from `module` in a new worker thread. When `ctx.signal` aborts the
 * thread's signal aborts too, and the thread is terminated `terminateAfter` ms later if it
 * has not returned: CPU-bound code that never looks at its signal still stops.
 *
 * @example
 * ```ts
 * const result = await threadCall(new URL('./fns.js', import.meta.url).href, 'bake', data, ctx, 200, onUnknown);
 * ```
 */
export function threadCall(
  module: string,
  fn: string,
  data: unknown,
  ctx: RemoteJobContext,
  terminateAfter: number,
  unknown: (names: string[]) => Error,
): Promise<unknown> {
  const thread = new Worker(program, {
    eval: true,
    workerData: { module, fn, data, jobId: ctx.jobId, attempt: ctx.attempt },
  });
  let kill: NodeJS.Timeout | undefined;
  const onAbort = () => {
    thread.postMessage('abort');
    kill = setTimeout(() => void thread.terminate(), terminateAfter);
  };
  // a signal aborted before the call (a cancel that reached the worker first) fires no event
  if (ctx.signal.aborted) onAbort();
  else ctx.signal.addEventListener('abort', onAbort, { once: true });
  return new Promise<unknown>((resolve, reject) => {
    thread.on('message', (m: ThreadMessage) => {
      if (m.type === 'progress') return ctx.progress(m.value);
      if (m.type === 'result') resolve(m.value);
      else if (m.type === 'unknown') reject(unknown(m.names));
      else reject(Object.assign(new Error(m.message), { name: m.name ?? 'Error', code: m.code }));
    });
    thread.on('error', reject);
    thread.on('exit', (code) => reject(new Error(`the job's thread exited (code ${code})`)));
  }).finally(() => {
    ctx.signal.removeEventListener('abort', onAbort);
    clearTimeout(kill);
    void thread.terminate(); // its parentPort listener keeps an idle thread alive: every call ends its thread
  });
}
