import type { Subscription } from 'rxjs';
import type { TaskRow } from '../../tasks/task-row.js';
import type { DevtoolsContext, DevtoolsRuntime } from '../devtools-context.js';
import type { ResolvedDevtoolsOptions } from '../devtools-options.js';
import { DEFAULT_STATE, loadState, saveState, type DevtoolsState } from '../devtools-state.js';
import { EventLog } from '../event-log.js';
import { FrameHistory } from '../frame-history.js';
import { pageStorage } from '../page-storage.js';
import { recordEvents } from '../record-events.js';
import { FramesView } from '../views/frames-view.js';
import { countBadge } from './count-badge.js';
import { buildShell, selectTab, type PanelShell } from './panel-shell.js';
import { placePanel, wireShell } from './panel-controls.js';
import { visibleInterval } from './visible-interval.js';
import { TasksView } from '../views/tasks-view.js';
import { WorkersView } from '../views/workers-view.js';

const TICK_MS = 250;

/**
 * The panel's behaviour inside one shadow root. Closed, it keeps only the `events$`
 * recording (so the timeline covers everything since mount) and a count badge read from
 * `table$.value` 4 times a second. Open, it subscribes to `table$` and `stats$` and renders
 * at most once per animation frame; live durations tick 4 times a second while the page
 * is visible. It never subscribes to the frame source.
 *
 * @example
 * ```ts
 * const panel = new DevtoolsPanel(shadowRoot, runtime, resolveOptions({}));
 * panel.update({ open: true });
 * ```
 */
export class DevtoolsPanel implements DevtoolsContext {
  readonly log = new EventLog();
  readonly history: FrameHistory;
  readonly readOnly: boolean;
  readonly name: string;
  rows: readonly TaskRow[] = [];
  state: DevtoolsState;
  workersSeen = false;
  readonly shell: PanelShell;
  readonly tasks: TasksView;
  readonly #views;
  readonly #recording: Subscription;
  #openSubs: Subscription[] = [];
  /** The toggle's count while closed (see {@link countBadge}). */
  readonly #counting: (counting: boolean) => void;
  /** Live ticks while open and the page is visible (see {@link visibleInterval}). */
  readonly #ticking: (wanted: boolean) => void;
  #frame = 0;
  readonly #unwire: () => void;
  readonly #storage = pageStorage();

  constructor(
    root: ShadowRoot,
    readonly runtime: DevtoolsRuntime,
    readonly options: ResolvedDevtoolsOptions,
  ) {
    this.readOnly = options.readOnly;
    this.name = options.mode;
    this.history = new FrameHistory(options.frames);
    this.state = loadState(this.#storage, options.storageKey, { ...DEFAULT_STATE, open: options.open });
    this.shell = buildShell(options);
    this.#counting = countBadge(this.shell.badge, runtime.table$);
    this.tasks = new TasksView(this);
    this.#views = { tasks: this.tasks, frames: new FramesView(this), workers: new WorkersView(this) };
    this.shell.views.append(this.tasks.root, this.#views.frames.root, this.#views.workers.root);
    root.append(...this.shell.nodes);
    this.#unwire = wireShell(this);
    this.#recording = recordEvents(runtime, this.log, options.captureStacks, () => (this.workersSeen = true));
    this.#ticking = visibleInterval(TICK_MS, () => this.#tick());
    this.#apply();
  }

  update(patch: Partial<DevtoolsState>): void {
    const wasOpen = this.state.open;
    this.state = { ...this.state, ...patch };
    saveState(this.#storage, this.options.storageKey, this.state);
    if (this.state.open !== wasOpen || patch.view !== undefined) this.#apply();
    else this.invalidate();
  }

  /** Asks for a render on the next animation frame (one per frame however often asked). */
  invalidate(): void {
    if (this.#frame || !this.state.open) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#views[this.state.view].render();
    });
  }

  /** Stops everything: subscriptions, timers, the pending render. */
  dispose(): void {
    this.#stopOpen();
    this.#recording.unsubscribe();
    this.#counting(false);
    this.#unwire();
    // never render again: the list's ResizeObserver still reports the panel leaving the page
    this.#frame = -1;
  }

  /** Applies the open state and the view: subscriptions, timers, visibility of parts. */
  #apply(): void {
    const { open, view } = this.state;
    const { shell } = this;
    shell.toggle.setAttribute('aria-expanded', String(open));
    shell.toggle.hidden = open;
    shell.panel.hidden = !open;
    selectTab(shell, view);
    for (const [name, v] of Object.entries(this.#views)) v.root.hidden = name !== view;
    placePanel(this);
    if (open) this.#startOpen();
    else this.#stopOpen();
    this.invalidate();
  }

  #startOpen(): void {
    this.#counting(false);
    if (this.#openSubs.length) return;
    // a completed table$ (disposed runtime) hands subscribers no value: its last one still shows
    this.rows = this.runtime.table$.value;
    this.#openSubs = [
      this.runtime.table$.subscribe((rows) => {
        this.rows = rows;
        if (rows.some((r) => r.kind === 'worker')) this.workersSeen = true;
        this.invalidate();
      }),
      this.runtime.scheduler.stats$.subscribe((s) => {
        this.history.add(s);
        if (this.state.view === 'frames') this.invalidate();
      }),
    ];
    this.#ticking(true);
  }

  #stopOpen(): void {
    for (const s of this.#openSubs.splice(0)) s.unsubscribe();
    this.rows = [];
    this.history.clear();
    this.#ticking(false);
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#counting(true);
  }

  #tick(): void {
    if (this.state.view !== 'tasks' || this.tasks.ticking) this.invalidate();
  }
}
