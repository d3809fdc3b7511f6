import type { Observable } from 'rxjs';
import { concatMap, defer, EMPTY, from } from '../../rx.js';
import { ThreadFailedError } from '../../errors.js';
import { parse } from '../../validation/parse.js';
import { childPolicySchema, normalPolicy, type ChildPolicy } from '../child-policy.js';
import { ChildSlot } from './child-slot.js';
import { hook$ } from '../hook-result.js';
import type { ThreadContext, SpawnOptions } from '../thread-context.js';
import type { ThreadOutcome } from '../thread-exit.js';
import type { LaunchInstance } from './thread-instance.js';
import { threadSpecSchema, type ThreadSpec } from '../thread-spec.js';
import type { ChildOwner, ParentSide } from './up-sink.js';

/** The parts of a thread its family needs (kept narrow to avoid an import cycle). */
export interface FamilyOwner<ChildUp> extends ChildOwner {
  readonly ctx: ThreadContext<any, any, ChildUp>;
  readonly spec: ThreadSpec<any, any, any, ChildUp>;
  guard(what: string): void;
}

/**
 * A thread's children in start order, and the parent side of their channels: UP
 * messages go to the owner's `onUp`, settled children are removed and their failures
 * handled by policy, and `halt$` stops them in reverse order of start.
 *
 * @example
 * ```ts
 * const child = family.spawn(spec, { policy: 'isolate' });
 * family.halt$().subscribe({ complete: () => runExitHook() });
 * ```
 */
export class ThreadFamily<ChildUp> implements ParentSide<ChildUp> {
  readonly #slots: ChildSlot<any, ChildUp, any>[] = [];

  readonly #owner: FamilyOwner<ChildUp>;
  readonly #launch: LaunchInstance;

  constructor(owner: FamilyOwner<ChildUp>, launch: LaunchInstance) {
    this.#owner = owner;
    this.#launch = launch;
  }

  spawn<CI, CU extends ChildUp, CR>(
    spec: ThreadSpec<CI, CU, CR, any>,
    options: SpawnOptions = {},
  ): ChildSlot<CI, CU, CR> {
    parse(threadSpecSchema, spec, 'spec');
    const policy = parse(childPolicySchema, options.policy ?? 'escalate', 'options.policy') as ChildPolicy;
    this.#owner.guard(`spawn "${spec.name}"`);
    const slot = new ChildSlot<CI, CU, CR>(this, this.#owner, this.#launch, spec, normalPolicy(policy));
    this.#slots.push(slot as unknown as ChildSlot<any, ChildUp, any>);
    slot.launch();
    return slot;
  }

  list(): readonly ChildSlot<unknown, ChildUp, unknown>[] {
    return [...this.#slots];
  }

  /** The owner became ready: let queued UP messages flow. */
  kick(): void {
    for (const slot of this.#slots) slot.kick();
  }

  onUp(message: ChildUp, from: unknown): Observable<never> {
    const { spec, ctx } = this.#owner;
    return hook$(() => spec.onUp?.(message, from as ChildSlot<unknown, ChildUp, unknown>, ctx));
  }

  childSettled(from: unknown, outcome: ThreadOutcome, escalate: boolean): Observable<never> {
    const slot = from as ChildSlot<unknown, ChildUp, unknown>;
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
    if (escalate && outcome.exit.type === 'crashed') {
      const cause = outcome.exit.error;
      this.#owner.crash(new ThreadFailedError(`child thread "${slot.name}" failed`, { cause }));
      return EMPTY;
    }
    const { spec, ctx } = this.#owner;
    return hook$(() => spec.onChildExit?.(outcome, slot, ctx));
  }

  /** Stops every child, last started first, each fully before the next. */
  halt$(): Observable<never> {
    return defer(() => from([...this.#slots].reverse()).pipe(concatMap((slot) => slot.halt$())));
  }
}
