/**
 * The worker's end of the channel: Node's `parentPort` or a browser worker's global scope.
 *
 * @example
 * ```ts
 * const port = currentWorkerPort();
 * port.listen((data) => port.post(data));
 * ```
 */
export interface WorkerPort {
  post(message: unknown, transfer?: Transferable[]): void;
  listen(onMessage: (data: unknown) => void): void;
  /**
   * Takes the next message that has already arrived, synchronously, without a turn of the
   * event loop (Node's `receiveMessageOnPort`); undefined when none waits. Optional: a
   * browser worker has no such call and gets its messages through `listen` only.
   */
  poll?(): { readonly message: unknown } | undefined;
}

type NodeParentPort = {
  postMessage(m: unknown, t?: readonly Transferable[]): void;
  on(e: 'message', f: (d: unknown) => void): void;
};
type NodeThreads = {
  parentPort: NodeParentPort | null;
  receiveMessageOnPort?: (port: NodeParentPort) => { message: unknown } | undefined;
};
type BrowserScope = {
  postMessage(m: unknown, t?: Transferable[]): void;
  addEventListener(t: 'message', f: (e: { data: unknown }) => void): void;
};

/**
 * Finds the port of the worker this code runs in: Node `worker_threads` first (through
 * `process.getBuiltinModule`, so browser bundles never see a Node import), else the
 * browser worker scope. Returns undefined on a main thread.
 *
 * @example
 * ```ts
 * const port = currentWorkerPort() ?? fail('not in a worker');
 * ```
 */
export function currentWorkerPort(): WorkerPort | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const threads = proc?.getBuiltinModule?.('node:worker_threads') as NodeThreads | undefined;
  if (threads) {
    const parent = threads.parentPort;
    if (!parent) return undefined;
    const receive = threads.receiveMessageOnPort;
    return {
      post: (m, t) => parent.postMessage(m, t),
      listen: (f) => parent.on('message', f),
      poll: receive && (() => receive(parent)),
    };
  }
  const scope = globalThis as unknown as Partial<BrowserScope> & { document?: unknown };
  if (typeof scope.postMessage !== 'function' || scope.document !== undefined) return undefined;
  const browser = scope as BrowserScope;
  return {
    post: (m, t) => browser.postMessage(m, t ?? []),
    listen: (f) => browser.addEventListener('message', (e) => f(e.data)),
  };
}
