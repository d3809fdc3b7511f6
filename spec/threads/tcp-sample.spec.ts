import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameDecoder, encodeFrame } from '../../examples/tcp-sample/frame-codec';
import { runSample } from '../../examples/tcp-sample/run-sample';
import { seeded } from '../../examples/tcp-sample/scripted-client';
import type { DataFrame } from '../../examples/tcp-sample/data-frame';

/** Payloads per connection, in arrival order, from JSON lines. */
function byConnection(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const frame = JSON.parse(line) as DataFrame;
    out.set(frame.connection, [...(out.get(frame.connection) ?? []), frame.text]);
  }
  return out;
}

describe('the seed sample problem on loopback TCP', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'frametasks-tcp-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds frames from packets split at any point', () => {
    const random = seeded(3);
    const payloads = Array.from({ length: 40 }, (_, i) => Buffer.from(`p${i}`.repeat(i % 5)));
    const bytes = Buffer.concat(payloads.map(encodeFrame));
    const decoder = new FrameDecoder();
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length;) {
      const size = 1 + Math.floor(random() * 11);
      out.push(...decoder.push(bytes.subarray(at, at + size)));
      at += size;
    }
    expect(out.map(String)).toEqual(payloads.map(String));
    expect(decoder.pending).toBe(0);
  });

  it('delivers every frame once, in order per connection, to the file and every subscriber; stop closes all', async () => {
    const file = join(dir, 'frames.jsonl');
    const clients = 4;
    const framesPerClient = 15;
    const report = await runSample({
      clients,
      framesPerClient,
      file,
      seed: 20240611,
      subscribers: 2,
      timeoutMs: 8_000,
    });

    const expected = new Set(report.sent.map((payloads) => payloads.join('|')));
    const check = (lines: readonly string[]): void => {
      expect(lines).toHaveLength(clients * framesPerClient);
      const streams = byConnection(lines);
      expect(streams.size).toBe(clients);
      // each connection's stream equals exactly one client's payloads, in order
      expect(new Set([...streams.values()].map((s) => s.join('|')))).toEqual(expected);
    };
    check(readFileSync(file, 'utf8').trimEnd().split('\n'));
    report.subscriberLines.forEach(check);

    expect(report.outcome).toEqual({ exit: { type: 'aborted' }, teardownErrors: [] });
    expect(report.subscribersEnded).toEqual([1, 1]);
    const names = (report.tree?.children ?? []).map((c) => c.name);
    expect(names).toEqual(['storage', 'broadcast', 'tcp server']);
  }, 15_000);
});
