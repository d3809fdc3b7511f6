import { createServer, type Server, type Socket } from 'node:net';
import type { ThreadSpec } from '../../lib/threads/index.js';
import { connectionThread } from './connection-thread.js';
import type { DataFrame } from './data-frame.js';

/**
 * TCPServerThread: listens on 127.0.0.1 (ephemeral port by default) and spawns an
 * isolated TCPConnectionThread per client, so one bad client does not stop the others.
 * Frames from connections go UP. Stopping it stops the connections (last first), then
 * closes the listening socket.
 *
 * @example
 * ```ts
 * ctx.spawn(tcpServerThread({ port: 0, onListening: (port) => console.log(port) }));
 * ```
 */
export function tcpServerThread(options: {
  readonly port: number;
  readonly onListening: (port: number) => void;
}): ThreadSpec<never, DataFrame, void, DataFrame> {
  let server: Server | undefined;
  let next = 0;
  return {
    name: 'tcp server',
    enter: (ctx) =>
      new Promise<void>((resolve, reject) => {
        const accept = (socket: Socket): void => {
          socket.setNoDelay(true);
          try {
            ctx.spawn(connectionThread(socket, `c${++next}`), { policy: 'isolate' });
          } catch {
            socket.destroy(); // the server is stopping: refuse late clients
          }
        };
        server = createServer(accept);
        server.once('error', reject);
        server.listen(options.port, '127.0.0.1', () => {
          const address = server?.address();
          options.onListening(typeof address === 'object' && address ? address.port : options.port);
          resolve();
        });
      }),
    onUp: (frame, _from, ctx) => ctx.up(frame),
    exit: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
