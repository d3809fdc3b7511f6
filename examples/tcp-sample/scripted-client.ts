import { connect } from 'node:net';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { encodeFrame } from './frame-codec.js';

/**
 * A deterministic pseudo-random source (mulberry32), so split points are reproducible.
 *
 * @example
 * ```ts
 * const random = seeded(42); random(); // 0 <= x < 1
 * ```
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Connects to the sample server, sends `payloads` as length-prefixed frames cut into
 * packets at random points (1..maxPacket bytes, yielding to the event loop between
 * packets so they travel separately), then closes its side.
 *
 * @example
 * ```ts
 * await runClient(port, ['a', 'b'], seeded(1));
 * ```
 */
export async function runClient(
  port: number,
  payloads: readonly string[],
  random: () => number,
  maxPacket = 9,
): Promise<void> {
  const bytes = Buffer.concat(payloads.map((p) => encodeFrame(Buffer.from(p, 'utf8'))));
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * maxPacket);
    socket.write(bytes.subarray(at, at + size));
    at += size;
    await yieldToLoop();
  }
  await new Promise<void>((resolve) => socket.end(resolve));
  await new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
}
