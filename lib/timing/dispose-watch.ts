import { disposeSymbol } from './owner.js';

const watchers = new WeakMap<object, Set<() => void>>();

/**
 * Calls `listener` once when `target`'s `unsubscribe()`, `dispose()` or
 * `[Symbol.dispose]()` is first called after now. Plain disposables announce nothing,
 * so the first watch wraps those methods on that one instance (the originals still
 * run first, with the same `this` and arguments). A frozen object cannot be wrapped;
 * then only its `closed`/`disposed` flag is seen (see {@link ownerEnded}).
 *
 * @returns a function that stops watching
 * @example
 * ```ts
 * const stop = watchDispose(mesh, () => console.log('mesh disposed'));
 * ```
 */
export function watchDispose(target: object, listener: () => void): () => void {
  let listeners = watchers.get(target);
  if (listeners === undefined) {
    listeners = new Set();
    watchers.set(target, listeners);
    wrapMethods(target as Record<PropertyKey, unknown>, listeners);
  }
  listeners.add(listener);
  const registered = listeners;
  return () => registered.delete(listener);
}

function wrapMethods(target: Record<PropertyKey, unknown>, listeners: Set<() => void>): void {
  const keys: PropertyKey[] = ['unsubscribe', 'dispose'];
  if (disposeSymbol !== undefined) keys.push(disposeSymbol);
  for (const key of keys) {
    const original = target[key];
    if (typeof original !== 'function') continue;
    try {
      target[key] = function (this: unknown, ...args: unknown[]): unknown {
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          notify(listeners);
        }
      };
    } catch {
      // frozen or read-only: fall back to the flags checked before each call
    }
  }
}

function notify(listeners: Set<() => void>): void {
  const current = [...listeners];
  listeners.clear();
  for (const listener of current) listener();
}
