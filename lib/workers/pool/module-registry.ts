import { FnStats } from './fn-stats.js';

/**
 * One worker module as the pool knows it: its URL, a string key, and per-function stats.
 *
 * @example
 * ```ts
 * const mod = registry.get(new URL('./mesh.worker.js', import.meta.url));
 * ```
 */
export interface WorkerModule {
  readonly url: string | URL;
  readonly key: string;
  readonly fns: Map<string, FnStats>;
}

/**
 * Interns worker modules so that each job finds its module and function stats without
 * building strings (URL objects by identity first, then by `href`), and workers are
 * matched to jobs by object identity.
 *
 * @example
 * ```ts
 * const mod = registry.get(url);
 * const stats = registry.stats(mod, 'build');
 * ```
 */
export class ModuleRegistry {
  readonly #byUrl = new WeakMap<URL, WorkerModule>();
  readonly #byKey = new Map<string, WorkerModule>();

  get(url: string | URL): WorkerModule {
    if (typeof url === 'string') return this.#byKey.get(url) ?? this.#add(url, url);
    let mod = this.#byUrl.get(url);
    if (!mod) {
      mod = this.#byKey.get(url.href) ?? this.#add(url, url.href);
      this.#byUrl.set(url, mod);
    }
    return mod;
  }

  stats(mod: WorkerModule, fn: string): FnStats {
    let stats = mod.fns.get(fn);
    if (!stats) mod.fns.set(fn, (stats = new FnStats()));
    return stats;
  }

  #add(url: string | URL, key: string): WorkerModule {
    const mod = { url, key, fns: new Map<string, FnStats>() };
    this.#byKey.set(key, mod);
    return mod;
  }
}
