/** Largest frame the sample accepts; a bigger length prefix is treated as a protocol error. */
export const MAX_FRAME_BYTES = 1 << 20;

/**
 * Encodes one frame: a 4-byte big-endian length, then the payload.
 *
 * @example
 * ```ts
 * socket.write(encodeFrame(Buffer.from('hello')));
 * ```
 */
export function encodeFrame(payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(payload.length, 0);
  return Buffer.concat([header, payload]);
}

/**
 * Rebuilds length-prefixed frames from packets split at arbitrary points.
 *
 * @example
 * ```ts
 * const decoder = new FrameDecoder();
 * decoder.push(part1); // []
 * decoder.push(part2); // [payload]
 * ```
 */
export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0);

  /** Bytes held for an incomplete frame. */
  get pending(): number {
    return this.buffer.length;
  }

  push(packet: Buffer): Buffer[] {
    this.buffer = this.buffer.length === 0 ? packet : Buffer.concat([this.buffer, packet]);
    const frames: Buffer[] = [];
    while (this.buffer.length >= 4) {
      const length = this.buffer.readUInt32BE(0);
      if (length > MAX_FRAME_BYTES) throw new RangeError(`frame length ${length} exceeds ${MAX_FRAME_BYTES}`);
      if (this.buffer.length < 4 + length) break;
      frames.push(this.buffer.subarray(4, 4 + length));
      this.buffer = this.buffer.subarray(4 + length);
    }
    return frames;
  }
}
