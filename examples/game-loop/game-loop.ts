import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { hostFrames, type HostFrames } from '../../lib/index.js';
import { update, type World } from './world.js';

/** What one iteration of the loop saw. */
export interface TickRecord {
  readonly tick: number;
  /** What `tick()` returned: false when the runtime had no work and no frame was emitted. */
  readonly framed: boolean;
}

/**
 * A plain game loop that owns its frames: each iteration advances the world and calls
 * `host.tick()`, which runs the runtime's due work inside this iteration and nowhere else.
 */
export class GameLoop {
  readonly host: HostFrames = hostFrames();
  readonly records: TickRecord[] = [];
  private inTick = false;

  constructor(private readonly world: World) {}

  /** True only while the loop is inside `host.tick()`: tasks use it to prove where they ran. */
  get ticking(): boolean {
    return this.inTick;
  }

  /** One iteration: simulate, then give the runtime its frame. */
  step(): TickRecord {
    update(this.world);
    this.inTick = true;
    let framed: boolean;
    try {
      framed = this.host.tick();
    } finally {
      this.inTick = false;
    }
    const record = { tick: this.records.length, framed };
    this.records.push(record);
    return record;
  }

  /**
   * Runs `ticks` iterations, yielding to Node's event loop between them like a real loop:
   * `frameMs` apart (setTimeout), or as fast as possible (setImmediate) when 0.
   */
  async run(ticks: number, frameMs = 0): Promise<readonly TickRecord[]> {
    for (let i = 0; i < ticks; i++) {
      this.step();
      await (frameMs > 0 ? sleep(frameMs) : nextTurn());
    }
    return this.records;
  }
}
