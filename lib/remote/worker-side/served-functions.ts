import type { RemoteJobContext } from '../remote-function.js';

type Served = (this: unknown, data: unknown, ctx: RemoteJobContext) => unknown;

/**
 * The function `functions` serves under `name`: an own property, or a method of its class
 * (found on its prototype chain, short of `Object.prototype`, so `toString` or `constructor`
 * are never served). Read from property descriptors, so no getter runs for a job's name.
 *
 * @example
 * ```ts
 * class Renderer { render(data: unknown) { return data; } }
 * servedFunction(new Renderer(), 'render'); // Renderer.prototype.render
 * servedFunction({}, 'toString'); // undefined
 * ```
 */
export function servedFunction(functions: object, name: string): Served | undefined {
  for (let o: object | null = functions; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    if (o !== functions && name === 'constructor') return undefined;
    const own = Object.getOwnPropertyDescriptor(o, name);
    // the first object that has the name decides, as a property read would (an accessor is not served)
    if (own !== undefined) return typeof own.value === 'function' ? (own.value as Served) : undefined;
  }
  return undefined;
}

/**
 * The names {@link servedFunction} finds functions under, for the unknown-function error.
 *
 * @example
 * ```ts
 * servedNames({ search, render }); // ['search', 'render']
 * ```
 */
export function servedNames(functions: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = functions; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    const own = o === functions ? Object.keys(o) : Object.getOwnPropertyNames(o);
    for (const name of own) if (servedFunction(functions, name) !== undefined) names.add(name);
  }
  return [...names];
}
