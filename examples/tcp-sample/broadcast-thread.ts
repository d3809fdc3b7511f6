import { connect, type Socket } from 'node:net';
import type { ThreadHandle, ThreadSpec } from '../../lib/threads/index.js';
import type { DataFrame } from './data-frame.js';

/**
 * WebSocketSubThread stand-in: one plain TCP connection to a subscriber on loopback; each
 * frame IN is written as one JSON line. Its `enter` waits for the connection, so frames
 * sent meanwhile wait in its IN queue. Stopping it ends the socket after pending writes.
 *
 * @example
 * ```ts
 * const sub = ctx.spawn(subscriberThread(9001));
 * sub.send(frame);
 * ```
 */
export function subscriberThread(port: number): ThreadSpec<DataFrame, never> {
  let socket: Socket | undefined;
  return {
    name: `subscriber :${port}`,
    enter: () =>
      new Promise<void>((resolve, reject) => {
        socket = connect(port, '127.0.0.1', resolve);
        socket.once('error', reject);
      }),
    onIn: (frame) => void socket?.write(`${JSON.stringify(frame)}\n`),
    exit: () => new Promise<void>((resolve) => (socket && !socket.destroyed ? socket.end(resolve) : resolve())),
  };
}

/**
 * WebsocketMasterThread stand-in: fans each frame IN out to one sub-thread per subscriber.
 *
 * @example
 * ```ts
 * const broadcast = ctx.spawn(broadcastThread([9001, 9002]));
 * broadcast.send(frame);
 * ```
 */
export function broadcastThread(ports: readonly number[]): ThreadSpec<DataFrame, never> {
  const subs: ThreadHandle<DataFrame>[] = [];
  return {
    name: 'broadcast',
    enter: (ctx) => {
      for (const port of ports) subs.push(ctx.spawn(subscriberThread(port)));
    },
    onIn: (frame) => subs.forEach((sub) => sub.send(frame)),
  };
}
