import { clearScreenDown, moveCursor } from 'node:readline';

/**
 * Where the live table goes: redrawn in place on a TTY; on a pipe (CI), printed as a few
 * plain snapshots without cursor control.
 */
export class Screen {
  private drawn = 0;
  private snapshots = 0;
  readonly tty = Boolean(process.stdout.isTTY);

  constructor(private readonly maxSnapshots = 3) {}

  draw(lines: readonly string[], snapshotLabel: string): void {
    if (this.tty) {
      if (this.drawn > 0) moveCursor(process.stdout, 0, -this.drawn);
      clearScreenDown(process.stdout);
      process.stdout.write(`${lines.join('\n')}\n`);
      this.drawn = lines.length;
    } else if (this.snapshots < this.maxSnapshots) {
      this.snapshots++;
      process.stdout.write(`\n--- ${snapshotLabel} ---\n${lines.join('\n')}\n`);
    }
  }

  final(lines: readonly string[]): void {
    if (this.tty && this.drawn > 0) {
      moveCursor(process.stdout, 0, -this.drawn);
      clearScreenDown(process.stdout);
    }
    process.stdout.write(`\n--- final table ---\n${lines.join('\n')}\n`);
  }
}
