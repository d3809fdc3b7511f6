// Recipe: React. The table comes through observable-hooks' useObservableState (no hand-made
// hook); the devtools panel is mounted by an effect, inline in a div or floating.
import { useObservableState } from 'observable-hooks';
import { useEffect, useRef } from 'react';
import { mountDevtools } from '../../lib/devtools/index.js';
import type { Runtime, TaskRow } from '../../lib/index.js';

/** How many tasks run, live from `table$` (a BehaviorSubject: its value is the first state). */
export function TaskCount({ runtime }: { runtime: Runtime }) {
  const rows: readonly TaskRow[] = useObservableState(runtime.table$, runtime.table$.value);
  const running = rows.filter((row) => row.status === 'running').length;
  return (
    <p>
      {running} of {rows.length} tasks running
    </p>
  );
}

/** The panel inline in the component's layout; unmounted with the component. */
export function DevtoolsPanel({ runtime }: { runtime: Runtime }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const devtools = mountDevtools(runtime, { container: ref.current });
    return () => devtools.unmount();
  }, [runtime]);
  return <div ref={ref} />;
}

/** The floating panel (toggle at a corner, Alt+Shift+D), for the whole app. */
export function FloatingDevtools({ runtime }: { runtime: Runtime }) {
  useEffect(() => mountDevtools(runtime).unmount, [runtime]);
  return null;
}
