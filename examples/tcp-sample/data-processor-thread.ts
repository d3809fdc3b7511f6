import type { ThreadSpec } from '../../lib/threads/index.js';
import type { DataFrame, ProcessorIn } from './data-frame.js';
import { FrameDecoder } from './frame-codec.js';

/**
 * DataProcessorThread: IN packets, UP data frames. On `end` it exits with the number of
 * frames it rebuilt; bytes of an unfinished frame are reported as an error (crash).
 *
 * @example
 * ```ts
 * const processor = ctx.spawn(dataProcessorThread('c1'));
 * processor.send({ kind: 'packet', data: chunk });
 * ```
 */
export function dataProcessorThread(connection: string): ThreadSpec<ProcessorIn, DataFrame, number> {
  const decoder = new FrameDecoder();
  let seq = 0;
  return {
    name: `processor ${connection}`,
    onIn: (message, ctx) => {
      if (message.kind === 'end') {
        if (decoder.pending > 0) throw new Error(`${connection}: connection closed inside a frame`);
        return ctx.exit(seq);
      }
      for (const payload of decoder.push(message.data))
        ctx.up({ connection, seq: seq++, text: payload.toString('utf8') });
    },
  };
}
