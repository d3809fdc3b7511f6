import { NO_FILTERS, type TaskFilters } from './view-model/task-filters.js';
import type { TaskSort } from './view-model/sort-rows.js';

/**
 * The panel's views.
 *
 * @example
 * ```ts
 * const view: DevtoolsView = 'frames';
 * ```
 */
export type DevtoolsView = 'tasks' | 'frames' | 'workers';

/**
 * What the panel keeps in `localStorage` across reloads: open or not, the active view,
 * size (px), position of the floating panel (px from the chosen corner), filters, sort and
 * tree mode.
 *
 * @example
 * ```ts
 * const s: DevtoolsState = { ...DEFAULT_STATE, open: true, view: 'frames' };
 * ```
 */
export interface DevtoolsState {
  readonly open: boolean;
  readonly view: DevtoolsView;
  readonly width: number;
  readonly height: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly filters: TaskFilters;
  readonly sort: TaskSort;
  readonly tree: boolean;
}

/** The state of a panel never opened before. */
export const DEFAULT_STATE: DevtoolsState = {
  open: false,
  view: 'tasks',
  width: 960,
  height: 440,
  offsetX: 16,
  offsetY: 16,
  filters: NO_FILTERS,
  sort: { by: 'created', dir: 'asc' },
  tree: false,
};

const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const num = (value: unknown, fallback: number, min: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.round(value)) : fallback;
const str = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 200) : '');

/**
 * The state saved under `key`, field by field: whatever is missing or malformed (another
 * version, a hand edit, storage that throws) falls back to `defaults`.
 *
 * @example
 * ```ts
 * const state = loadState(localStorage, 'frametasks-devtools');
 * ```
 */
export function loadState(storage: Storage | undefined, key: string, defaults = DEFAULT_STATE): DevtoolsState {
  let saved: Record<string, any> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, any>;
  } catch {
    // unreadable: defaults
  }
  const d = defaults;
  const f = (saved['filters'] ?? {}) as Record<string, unknown>;
  const s = (saved['sort'] ?? {}) as Record<string, unknown>;
  return {
    open: typeof saved['open'] === 'boolean' ? saved['open'] : d.open,
    view: pick(saved['view'], ['tasks', 'frames', 'workers'] as const, d.view),
    width: num(saved['width'], d.width, 280),
    height: num(saved['height'], d.height, 160),
    offsetX: num(saved['offsetX'], d.offsetX, 0),
    offsetY: num(saved['offsetY'], d.offsetY, 0),
    filters: {
      status: pick(f['status'], ['', 'pending', 'running', 'completed', 'failed', 'cancelled', 'timeout'] as const, ''),
      kind: pick(f['kind'], ['', 'frame', 'sliced', 'worker', 'thread', 'remote'] as const, ''),
      group: str(f['group']),
      text: str(f['text']),
    },
    sort: {
      by: pick(s['by'], ['created', 'duration'] as const, 'created'),
      dir: pick(s['dir'], ['asc', 'desc'] as const, 'asc'),
    },
    tree: typeof saved['tree'] === 'boolean' ? saved['tree'] : d.tree,
  };
}

/**
 * Saves `state` under `key`; storage that throws (quota, privacy mode) is ignored.
 *
 * @example
 * ```ts
 * saveState(localStorage, 'frametasks-devtools', { ...state, open: true });
 * ```
 */
export function saveState(storage: Storage | undefined, key: string, state: DevtoolsState): void {
  try {
    storage?.setItem(key, JSON.stringify(state));
  } catch {
    // not persisted this time
  }
}
