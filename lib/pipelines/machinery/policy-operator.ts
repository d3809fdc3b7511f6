import type { OperatorFunction } from 'rxjs';
import { Observable, Subscription } from '../../rx.js';
import { bindToOwner } from '../../timing/bind-owner.js';
import { invalidArgument } from '../../validation/invalid-argument.js';
import type { PipelineHost } from '../pipeline-host.js';
import { parsePolicyOptions } from './parse-policy-options.js';
import { Pipeline } from './pipeline.js';
import type { Policy } from './policy.js';

/**
 * Builds a policy operator. Everything is validated here, at the call, so a bad project
 * or option fails where it is written, not at the first value.
 *
 * @example
 * ```ts
 * const op = policyOperator(runtime, search, { timeout: 5_000 }, 'switch');
 * ```
 */
export function policyOperator<V, R>(
  host: PipelineHost,
  project: unknown,
  options: unknown,
  policy: Policy,
): OperatorFunction<V, R> {
  const name = `${policy}Task`; // the operator's name, for messages
  checkHost(host, name);
  if (typeof project !== 'function') invalidArgument(`${name}: project`, 'expected a function', project);
  const parsed = parsePolicyOptions<V>(options, `${name}: options`, policy === 'merge');
  const fn = project as (value: V, index: number) => unknown;
  return (source) =>
    new Observable<R>((subscriber) => {
      const pipeline = new Pipeline<V, R>(host, policy, fn, parsed, subscriber);
      const ownerLink = new Subscription(() => {
        pipeline.close('owner');
        subscriber.complete();
      });
      const input = source.subscribe({
        next: (value) => pipeline.push(value),
        error: (error: unknown) => {
          pipeline.close('unsubscribed');
          subscriber.error(error);
        },
        complete: () => pipeline.sourceComplete(),
      });
      if (parsed.owner !== undefined) bindToOwner(parsed.owner, ownerLink);
      return () => {
        input.unsubscribe();
        pipeline.close('unsubscribed');
        ownerLink.unsubscribe();
      };
    });
}

function checkHost(host: unknown, name: string): void {
  const h = host as Partial<PipelineHost> | null;
  if (typeof h === 'object' && h !== null && typeof h.tasks?.submitRecord === 'function') return;
  invalidArgument(`${name}: runtime`, 'expected a Runtime', host);
}
