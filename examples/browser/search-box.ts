// The search box: each keystroke's query goes through switchTask, so a newer query cancels the
// search still running (its row: cancelled, reason "restarted"); the spinner is bound to the
// group's live state instead of hand-written flags.
import { fromEvent, map } from 'rxjs';
import { switchTask, type Runtime, type TaskGroup } from '../../lib/index.js';
import { fakeFetch } from './fake-fetch.js';

/** How long one fake search takes (ms): long enough to type over it. */
export const SEARCH_MS = 400;

/** The elements the search box drives. */
export interface SearchBoxElements {
  readonly input: HTMLInputElement;
  readonly spinner: HTMLElement;
  readonly result: HTMLElement;
}

/**
 * Wires the search box; returns its group (the e2e test reads its state).
 *
 * @example
 * ```ts
 * mountSearchBox(runtime, { input, spinner, result });
 * ```
 */
export function mountSearchBox(runtime: Runtime, elements: SearchBoxElements): TaskGroup {
  const searches = runtime.group({ name: 'search' });
  searches.state$.subscribe((s) => {
    elements.spinner.hidden = !s.isRunning;
    elements.spinner.setAttribute('aria-busy', String(s.isRunning));
  });
  fromEvent(elements.input, 'input')
    .pipe(
      map(() => elements.input.value.trim()),
      switchTask(
        runtime,
        (q) => async (signal: AbortSignal) => ({
          q,
          hits: (await fakeFetch(`/search?q=${q}`, SEARCH_MS, signal)).bytes,
        }),
        { group: searches, description: (q) => `search "${q}"` },
      ),
    )
    .subscribe((r) => (elements.result.textContent = `${r.hits} hits for "${r.q}"`));
  return searches;
}
