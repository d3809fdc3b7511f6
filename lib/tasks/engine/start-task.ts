import type { TaskRecord } from '../task-record.js';
import { openWork } from './start-work.js';
import type { FrameScheduler } from '../../scheduler/frame-scheduler.js';
import { TaskSubscriber, type TaskSink } from './task-subscriber.js';

type Task = TaskRecord<unknown>;

/** What starting a task needs of the engine. */
export interface StartHost extends TaskSink {
  readonly scheduler: FrameScheduler;
  /** Emits `started` and arms the timeout. */
  markStarted(task: Task): void;
  progress(task: Task, value: unknown): void;
}

/**
 * Starts a task the start line let through: marks it running (and started, unless its
 * work reports its own start), opens its work and reports what the work emitted while
 * it was being opened.
 *
 * @example
 * ```ts
 * const task = line.next();
 * if (task !== undefined) startTask(engine, task);
 * ```
 */
export function startTask(engine: StartHost, task: Task): void {
  task.status = 'running';
  if (task.reportsStart) task.awaitingStart = true;
  else engine.markStarted(task);
  const work = task.work;
  task.work = undefined;
  task.starting = true;
  try {
    open(engine, task, work);
  } catch (error) {
    engine.fail(task, error);
  }
  task.starting = false;
  releaseHeld(engine, task);
}

/** Calls or subscribes the work, unless the task ended first (a `started` listener or the work cancelled it). */
function open(engine: StartHost, task: Task, work: unknown): void {
  if (task.status !== 'running') return;
  const body$ = openWork(task, work, task.mode, engine.scheduler);
  if (task.status !== 'running') return;
  if (body$ === undefined) engine.complete(task);
  else body$.subscribe((task.subscription = new TaskSubscriber<unknown>(task, engine)));
}

/**
 * Values a body emits while it is being subscribed are held, then reported as progress
 * once it returns; a task that already ended by then reports none (its last value is
 * its result). Trivial synchronous tasks thus cost no progress events.
 */
function releaseHeld(engine: StartHost, task: Task): void {
  const held = task.held;
  if (held === undefined) return;
  task.held = undefined;
  // an events$ observer may end the task on any of these: nothing follows its terminal event
  for (let i = 0; i < held.length && task.status === 'running'; i++) engine.progress(task, held[i]);
}
