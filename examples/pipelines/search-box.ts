import { concat, delay, from, map, of, timer, type Observable } from 'rxjs';
import { concatTask, formatTable, keepLatestTask, switchTask, type GroupState, type Runtime } from '../../lib/index.js';

/** A search backend stand-in: answers after `ms` (RxJS timer: real or virtual time). */
export function fakeSearch(query: string, ms: number): Observable<string[]> {
  return timer(ms).pipe(map(() => [`${query} — result 1`, `${query} — result 2`]));
}

/** Keystrokes typed 30 ms apart: 'f', 'fr', 'fra' (the three queries). */
export function typed(words: readonly string[], gapMs: number): Observable<string> {
  return concat(...words.map((w, i) => of(w).pipe(delay(i === 0 ? 0 : gapMs))));
}

/** What the example reports: the search results, the spinner's states, the saves. */
export interface PipelinesRun {
  readonly results: string[][];
  readonly spinner: boolean[];
  readonly saved: string[];
  readonly uploads: string[];
}

/**
 * Three pipelines on one runtime: a search box (`switchTask`, superseded searches
 * cancelled with reason `restarted`) with a spinner bound to its group's state; an
 * autosave (`keepLatestTask`: the newest draft always saved, drafts in between
 * superseded); an upload queue (`concatTask`: one at a time, the queue visible as
 * pending rows). Returns what each produced once all are done.
 */
export function runPipelines(runtime: Runtime, done: (run: PipelinesRun) => void): void {
  const run: PipelinesRun = { results: [], spinner: [], saved: [], uploads: [] };
  const searches = runtime.group({ name: 'search' });
  searches.state$.subscribe((s: GroupState) => {
    if (run.spinner.at(-1) !== s.isRunning) run.spinner.push(s.isRunning);
  });
  let open = 3;
  const finish = () => --open === 0 && done(run);
  typed(['f', 'fr', 'fra'], 30)
    .pipe(switchTask(runtime, (q) => fakeSearch(q, 50), { group: searches, description: (q) => `search "${q}"` }))
    .subscribe({ next: (r) => run.results.push(r), complete: finish });
  typed(['draft 1', 'draft 2', 'draft 3', 'draft 4'], 10)
    .pipe(keepLatestTask(runtime, (d) => timer(40).pipe(map(() => d)), { description: (d) => `autosave ${d}` }))
    .subscribe({ next: (d) => run.saved.push(d), complete: finish });
  from(['a.png', 'b.png', 'c.png'])
    .pipe(concatTask(runtime, (f) => timer(20).pipe(map(() => f)), { description: (f) => `upload ${f}` }))
    .subscribe({ next: (f) => run.uploads.push(f), complete: finish });
}

/** The table as the example prints it. */
export function describeRun(runtime: Runtime, run: PipelinesRun): string {
  return [
    formatTable(runtime.table$.value),
    '',
    `search results: ${JSON.stringify(run.results)}`,
    `spinner (group state isRunning): ${run.spinner.join(' → ')}`,
    `autosaved: ${run.saved.join(', ')}`,
    `uploaded in order: ${run.uploads.join(', ')}`,
  ].join('\n');
}
