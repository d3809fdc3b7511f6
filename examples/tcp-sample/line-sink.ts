import { createServer, type Socket } from 'node:net';

/**
 * A subscriber endpoint for the sample (the "cloud"): a TCP server on 127.0.0.1 that
 * collects JSON lines and records when its peers hang up.
 *
 * @example
 * ```ts
 * const sink = await openLineSink();
 * console.log(sink.port, sink.lines.length);
 * await sink.close();
 * ```
 */
export interface LineSink {
  readonly port: number;
  readonly lines: string[];
  /** Peers that connected and have since closed their side. */
  readonly ended: () => number;
  readonly connected: () => number;
  /** Resolves once `count` lines arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a {@link LineSink} on an ephemeral loopback port.
 *
 * @example
 * ```ts
 * const sink = await openLineSink();
 * ```
 */
export function openLineSink(): Promise<LineSink> {
  const lines: string[] = [];
  const sockets = new Set<Socket>();
  let ended = 0;
  const waiters = new Set<() => void>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let rest = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      waiters.forEach((check) => check());
    });
    socket.on('end', () => ended++);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const close = (): Promise<void> => {
        sockets.forEach((s) => s.destroy());
        return new Promise((r) => server.close(() => r()));
      };
      const waitFor = (count: number, timeoutMs: number): Promise<void> =>
        new Promise((done, fail) => {
          const timer = setTimeout(() => {
            waiters.delete(check);
            fail(new Error(`sink :${port} got ${lines.length} of ${count} lines in ${timeoutMs} ms`));
          }, timeoutMs);
          const check = (): void => {
            if (lines.length < count) return;
            clearTimeout(timer);
            waiters.delete(check);
            done();
          };
          waiters.add(check);
          check();
        });
      resolve({ port, lines, ended: () => ended, connected: () => sockets.size + ended, waitFor, close });
    });
  });
}
