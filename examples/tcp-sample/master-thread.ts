import type { ThreadHandle, ThreadSpec } from '../../lib/threads/index.js';
import { broadcastThread } from './broadcast-thread.js';
import type { DataFrame } from './data-frame.js';
import { storageThread } from './storage-thread.js';
import { tcpServerThread } from './tcp-server-thread.js';

/**
 * Options of the sample's {@link masterThread}.
 *
 * @example
 * ```ts
 * const options: MasterOptions = { port: 0, subscribers: [9001], file: 'frames.jsonl', onListening: console.log };
 * ```
 */
export interface MasterOptions {
  readonly port: number;
  readonly subscribers: readonly number[];
  readonly file: string;
  readonly onListening: (port: number) => void;
}

/**
 * MasterThread of the seed's sample problem. Data flows UP from the server, and the
 * master passes each frame IN to the broadcast and storage threads: only parent/child
 * links, no sibling wiring. Sinks start first so they stop last, after the server.
 *
 * @example
 * ```ts
 * const master = createThread(masterThread(options), { scheduler }).start();
 * ```
 */
export function masterThread(options: MasterOptions): ThreadSpec<never, never, void, DataFrame> {
  let broadcast: ThreadHandle<DataFrame> | undefined;
  let storage: ThreadHandle<DataFrame> | undefined;
  return {
    name: 'master',
    enter: (ctx) => {
      storage = ctx.spawn(storageThread(options.file));
      broadcast = ctx.spawn(broadcastThread(options.subscribers));
      ctx.spawn(tcpServerThread({ port: options.port, onListening: options.onListening }));
    },
    onUp: (frame) => {
      broadcast?.send(frame);
      storage?.send(frame);
    },
  };
}
