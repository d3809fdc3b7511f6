import type { TaskStatus } from '../task-types.js';
import { RareRecordFields } from './rare-record-fields.js';
import type { StartMode } from './start-work.js';

/**
 * A task record's status, start mode and seven booleans, packed into one small integer
 * field behind accessors (the fields most tasks never set are in {@link RareRecordFields}).
 * Every pending task's record is alive, so each field saved is garbage-collector work
 * saved on every task. `G` is a gate, `L` a listener, `W` a waiter (see `TaskRecord`).
 *
 * @example
 * ```ts
 * class TaskRecord<T> extends RecordFields<Gate<TaskRecord<unknown>>, TaskListener, Waiter> {}
 * ```
 */
export abstract class RecordFields<G, L, W> extends RareRecordFields<G, L, W> {
  // TS private, not #: a # field is defined on every record at construction, which measured
  // ~5 % more per task for a few bytes of bundle (see the per-task classes in git log)
  private flags: number;

  constructor(mode: StartMode) {
    super();
    this.flags = MODES.indexOf(mode) << MODE_SHIFT;
  }

  get status(): TaskStatus {
    return STATUSES[(this.flags & STATUS_MASK) >> STATUS_SHIFT] as TaskStatus;
  }
  set status(status: TaskStatus) {
    this.flags = (this.flags & ~STATUS_MASK) | (STATUSES.indexOf(status) << STATUS_SHIFT);
  }

  /** How the work starts (see `openWork`). */
  get mode(): StartMode {
    return MODES[(this.flags & MODE_MASK) >> MODE_SHIFT] as StartMode;
  }

  /** True while the body is being subscribed (its synchronous values are held). */
  get starting(): boolean {
    return (this.flags & STARTING) !== 0;
  }
  set starting(on: boolean) {
    this.flag(STARTING, on);
  }

  get hasValue(): boolean {
    return (this.flags & HAS_VALUE) !== 0;
  }
  set hasValue(on: boolean) {
    this.flag(HAS_VALUE, on);
  }

  /** A task thread's row: started regardless of `maxConcurrent` and not counted in it. */
  get exempt(): boolean {
    return (this.flags & EXEMPT) !== 0;
  }
  set exempt(on: boolean) {
    this.flag(EXEMPT, on);
  }

  /** The work reports its real start itself (`startsWhen: 'reported'`, e.g. a queued remote job). */
  get reportsStart(): boolean {
    return (this.flags & REPORTS_START) !== 0;
  }
  set reportsStart(on: boolean) {
    this.flag(REPORTS_START, on);
  }

  /** Opened work that has not reported its start yet: shown as pending, no timeout running. */
  get awaitingStart(): boolean {
    return (this.flags & AWAITING_START) !== 0;
  }
  set awaitingStart(on: boolean) {
    this.flag(AWAITING_START, on);
  }

  /** In the start queue (passed every gate). */
  get queued(): boolean {
    return (this.flags & QUEUED) !== 0;
  }
  set queued(on: boolean) {
    this.flag(QUEUED, on);
  }

  /** Set by {@link TaskRecord.resultOnly}: emitted values are the result, not progress. */
  get valuesAreResults(): boolean {
    return (this.flags & VALUES_ARE_RESULTS) !== 0;
  }

  /** Emitted values are the result, not progress (generators, worker tasks). */
  resultOnly(): void {
    this.flags |= VALUES_ARE_RESULTS;
  }

  private flag(bit: number, on: boolean): void {
    this.flags = on ? this.flags | bit : this.flags & ~bit;
  }
}

const STARTING = 1;
const HAS_VALUE = 2;
const EXEMPT = 4;
const REPORTS_START = 8;
const AWAITING_START = 16;
const QUEUED = 32;
const VALUES_ARE_RESULTS = 64;

/** `pending` first: a new record's status bits are zero. */
const STATUSES: readonly TaskStatus[] = ['pending', 'running', 'completed', 'failed', 'cancelled', 'timeout'];
const STATUS_SHIFT = 7;
const STATUS_MASK = 7 << STATUS_SHIFT;
const MODES: readonly StartMode[] = ['body', 'observable', 'iterable', 'call', 'signal', 'spec'];
const MODE_SHIFT = 10;
const MODE_MASK = 7 << MODE_SHIFT;
