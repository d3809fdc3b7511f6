import { open, type FileHandle } from 'node:fs/promises';
import type { ThreadSpec } from '../../lib/threads/index.js';
import type { DataFrame } from './data-frame.js';

/**
 * DatabaseThread stand-in: appends each frame IN as one JSON line to a file. Lines are
 * batched and written + `datasync`ed by a rescheduling task once per frame (the next
 * run waits for the write), and the rest is flushed by `exit` before the file closes.
 *
 * @example
 * ```ts
 * const storage = ctx.spawn(storageThread('/tmp/frames.jsonl'));
 * storage.send(frame);
 * ```
 */
export function storageThread(path: string): ThreadSpec<DataFrame, never> {
  let file: FileHandle | undefined;
  let pending: string[] = [];
  const flush = async (): Promise<void> => {
    if (!file || pending.length === 0) return;
    const lines = pending.join('');
    pending = [];
    await file.appendFile(lines);
    await file.datasync();
  };
  return {
    name: 'storage',
    enter: async (ctx) => {
      file = await open(path, 'a');
      ctx.tasks.reCreate('flush', flush, { frames: 1 });
    },
    onIn: (frame) => void pending.push(`${JSON.stringify(frame)}\n`),
    exit: async () => {
      await flush();
      await file?.close();
      file = undefined;
    },
  };
}
