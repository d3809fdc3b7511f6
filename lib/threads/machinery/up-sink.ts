import type { Observable } from 'rxjs';
import type { ThreadOutcome } from '../thread-exit.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadStatus } from '../thread-status.js';

/**
 * What travels on a thread's UP channel: its messages, then its outcome last, so the
 * receiver sees every message a thread sent before it learns that the thread ended.
 *
 * @example
 * ```ts
 * const item: UpItem<string> = { kind: 'message', message: 'frame' };
 * ```
 */
export type UpItem<Up, R = unknown> =
  { readonly kind: 'message'; readonly message: Up } | { readonly kind: 'exit'; readonly outcome: ThreadOutcome<R> };

/**
 * The receiving end of a thread's UP channel: its parent's slot, or the app for a root.
 *
 * @example
 * ```ts
 * const sink: UpSink<string> = { ready: () => true, deliver: (item) => EMPTY, fail: console.error };
 * ```
 */
export interface UpSink<Up, R = unknown> {
  /** False while the receiver cannot take messages (starting, stopping): they wait. */
  ready(): boolean;
  /** Handles one item; completes when done. */
  deliver(item: UpItem<Up, R>): Observable<never>;
  /** The receiver's handler failed. */
  fail(error: unknown): void;
}

/**
 * What a parent offers its child slots.
 *
 * @example
 * ```ts
 * slot = new ChildSlot(parentCore, spec, policy);
 * ```
 */
export interface ParentSide<ChildUp> {
  onUp(message: ChildUp, from: unknown): Observable<never>;
  /** A child ended for good; `escalate` says the parent must crash. */
  childSettled(from: unknown, outcome: ThreadOutcome, escalate: boolean): Observable<never>;
}

/**
 * The thread that owns a child slot, as the slot needs it: its host, its
 * status (it takes UP messages only while running), and where the slot's
 * own failures go (a failing UP handler crashes it; a child's crash while it stops is one
 * of its teardown errors).
 *
 * @example
 * ```ts
 * const owner: ChildOwner = core; // a ThreadCore
 * ```
 */
export interface ChildOwner {
  readonly host: ThreadHost;
  readonly status: ThreadStatus;
  crash(error: unknown): void;
  teardownError(error: unknown): void;
}
