import type { Socket } from 'node:net';
import type { ThreadHandle, ThreadSpec } from '../../lib/threads/index.js';
import type { DataFrame, ProcessorIn } from './data-frame.js';
import { dataProcessorThread } from './data-processor-thread.js';

/**
 * TCPConnectionThread: owns one client socket and its DataProcessorThread. Socket data
 * goes IN to the processor; rebuilt frames come UP and are passed on UP. When the client
 * closes, the processor drains and exits, and so does the connection. Stopping it
 * destroys the socket.
 *
 * @example
 * ```ts
 * server.on('connection', (socket) => ctx.spawn(connectionThread(socket, 'c1'), { policy: 'isolate' }));
 * ```
 */
export function connectionThread(socket: Socket, connection: string): ThreadSpec<never, DataFrame, void, DataFrame> {
  return {
    name: `connection ${connection}`,
    enter: (ctx) => {
      const child: ThreadHandle<ProcessorIn, DataFrame> = ctx.spawn(dataProcessorThread(connection));
      const accepts = (): boolean => child.status === 'starting' || child.status === 'running';
      socket.on('data', (data: Buffer) => accepts() && child.send({ kind: 'packet', data }));
      socket.once('end', () => accepts() && child.send({ kind: 'end' }));
      socket.once('error', (error) => ctx.fail(error));
    },
    onUp: (frame, _from, ctx) => ctx.up(frame),
    onChildExit: (_outcome, _from, ctx) => ctx.exit(),
    exit: () => void socket.destroy(),
  };
}
