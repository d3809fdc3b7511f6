import { isObservable } from 'rxjs';
import type { ExecOptions } from './worker-pool-options.js';

/**
 * The cheap check that valid exec options pass (a schema walk costs too much per call); what
 * fails it goes through the schema for a precise error.
 *
 * @example
 * ```ts
 * const o = isPlainExecOptions(options) ? options : parse(execOptionsSchema, options, 'options');
 * ```
 */
export function isPlainExecOptions(o: unknown): o is ExecOptions {
  if (typeof o !== 'object' || o === null) return false;
  for (const key in o) if (!validExecOption(key, (o as Record<string, unknown>)[key])) return false;
  return true;
}

function validExecOption(key: string, v: unknown): boolean {
  if (v === undefined) return true;
  switch (key) {
    case 'priority':
      return typeof v === 'number' && Number.isFinite(v);
    case 'standalone':
      return typeof v === 'boolean';
    case 'transfer':
      return Array.isArray(v);
    case 'progress':
      return v === 'latest' || v === 'all';
    case 'onProgress':
      return typeof v === 'function';
    case 'inbox':
      return isObservable(v);
    default:
      return false;
  }
}
