import type { TaskStatus } from '../../../lib/tasks/task-types';

export type Kind = 'value' | 'throw' | 'subject' | 'generator';

export interface ModelTask {
  readonly id: string;
  readonly kind: Kind;
  readonly seq: number;
  readonly priority: number;
  readonly timeout: number | undefined;
  status: TaskStatus;
  startedAt: number | undefined;
  /** A generator asked to finish: it does on its next step (next frame). */
  request: 'complete' | 'fail' | undefined;
  cleared: boolean;
}

/** The reference model: what the runtime must look like after each command. */
export class RuntimeModel {
  readonly tasks: ModelTask[] = [];
  now = 0;
  disposed = false;
  /** Events since the last frame: the table owes a snapshot, so frames must run. */
  dirty = false;
  pumpScheduled = false;

  constructor(
    readonly maxConcurrent: number,
    readonly clearAfter: number,
  ) {}

  get pending(): ModelTask[] {
    return this.tasks.filter((t) => t.status === 'pending');
  }

  get running(): ModelTask[] {
    return this.tasks.filter((t) => t.status === 'running');
  }

  /** Tasks the runtime still knows (not cleared). */
  get visible(): ModelTask[] {
    return this.tasks.filter((t) => !t.cleared);
  }

  /** Whether the scheduler must hold the frame source now. */
  get framesExpected(): boolean {
    if (this.disposed) return false;
    const timed = this.running.some((t) => t.timeout !== undefined || t.kind === 'generator');
    return this.dirty || this.pumpScheduled || timed;
  }

  /** After any change between or inside frames: the engine schedules its pump when a slot is free. */
  changed(): void {
    this.dirty = true;
    if (this.pending.length > 0 && this.running.length < this.maxConcurrent) this.pumpScheduled = true;
  }

  finish(task: ModelTask, status: TaskStatus): void {
    task.status = status;
    task.request = undefined;
    this.changed();
  }

  /** What a task does the moment it starts (its body is subscribed on the frame). */
  start(task: ModelTask): void {
    task.status = 'running';
    task.startedAt = this.now;
    if (task.kind === 'value') task.status = 'completed';
    if (task.kind === 'throw') task.status = 'failed';
  }

  /**
   * First thing in a frame: timeouts are deadlines, not work — due ones fire before the
   * frame's start and update phases (so before this frame's starts and generator steps).
   */
  dueTimeouts(): void {
    for (const t of this.running) {
      if (t.timeout !== undefined && (t.startedAt as number) + t.timeout <= this.now) this.finish(t, 'timeout');
    }
  }

  /** Inside a frame, after the observed starts: generator steps. */
  afterStarts(): void {
    for (const t of this.running) {
      if (t.kind === 'generator' && t.request !== undefined)
        this.finish(t, t.request === 'complete' ? 'completed' : 'failed');
    }
  }

  /** End of a frame: the table snapshot was taken, expired rows swept. */
  endFrame(): void {
    this.dirty = false;
    this.pumpScheduled = this.pending.length > 0 && this.running.length < this.maxConcurrent;
    if (this.clearAfter === 0) for (const t of this.tasks) if (isFinished(t)) t.cleared = true;
  }
}

export function isFinished(t: ModelTask): boolean {
  return t.status !== 'pending' && t.status !== 'running';
}
