import type { LineSource } from '../view-model/build-tree.js';
import { COLUMNS, TaskLineView } from './task-line-view.js';
import { h, setAttr } from '../panel/dom.js';
import { isToggleKey, keyMove } from './list-keys.js';

/** Row height in px (fixed: the virtual list positions rows by index). */
export const ROW_HEIGHT = 24;
const OVERSCAN = 4;

/**
 * What the list reports: a line chosen (click or keys), a tree node toggled, a cancel.
 *
 * @example
 * ```ts
 * const handlers: TaskListHandlers = { select: show, toggle: flip, cancel: (id) => runtime.cancel(id), scrolled: render };
 * ```
 */
export interface TaskListHandlers {
  select(key: string): void;
  toggle(key: string): void;
  cancel(id: string): void;
  /** The list scrolled or resized: the rows in view changed. */
  scrolled(): void;
}

/**
 * The virtualised Tasks list: only the rows in view (plus a few) exist in the DOM, reused
 * as it scrolls, so 10,000 rows cost what 30 do. Keyboard: arrows, Home/End, PageUp/Down
 * move the selection; Left/Right/Enter collapse and expand; Delete cancels.
 *
 * @example
 * ```ts
 * const list = new TaskList(handlers);
 * list.render(lines, selectedKey, runtime.scheduler.now(), false);
 * ```
 */
export class TaskList {
  readonly root = h('div', { class: 'list' });
  /** The table itself scrolls (so the sticky header stays aligned) and takes the keys. */
  readonly scroller = h('div', { role: 'table', class: 'scroller', tabindex: 0, 'aria-label': 'Tasks' });
  readonly #body = h('div', { role: 'rowgroup', class: 'body' });
  readonly #views: TaskLineView[] = [];
  #lines: LineSource = { length: 0, at: () => undefined, indexOf: () => -1 };
  #selected: string | undefined;
  readonly #handlers: TaskListHandlers;

  // Scroll position and height are tracked by events, never read during a render: a read
  // there would force a layout of the whole page in the middle of the frame.
  #top = 0;
  #height = ROW_HEIGHT * 12;

  constructor(handlers: TaskListHandlers) {
    this.#handlers = handlers;
    const head = h(
      'div',
      { role: 'row', class: 'row head' },
      ...COLUMNS.map((c, i) => h('div', { role: 'columnheader', class: `c${i}` }, c)),
    );
    this.scroller.append(h('div', { role: 'rowgroup', class: 'headgroup' }, head), this.#body);
    this.root.append(this.scroller);
    this.#body.addEventListener('click', (e) => this.#onClick(e));
    this.scroller.addEventListener('keydown', (e) => this.#onKey(e));
    this.scroller.addEventListener(
      'scroll',
      () => {
        this.#top = this.scroller.scrollTop;
        handlers.scrolled();
      },
      { passive: true },
    );
    new ResizeObserver(([entry]) => {
      this.#height = entry?.contentRect.height || this.#height;
      handlers.scrolled();
    }).observe(this.scroller);
  }

  /** Shows the lines in view (plus a few above and below). */
  render(lines: LineSource, selected: string | undefined, now: number, readOnly: boolean): void {
    this.#lines = lines;
    this.#selected = selected;
    const height = this.#height - ROW_HEIGHT; // below the sticky header
    // the list may have shrunk below the scroll position before its scroll event arrived
    const top = Math.min(this.#top, Math.max(0, lines.length * ROW_HEIGHT - height));
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(lines.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    setAttr(this.scroller, 'aria-rowcount', String(lines.length + 1));
    this.#body.style.height = `${lines.length * ROW_HEIGHT}px`;
    while (this.#views.length < last - first) this.#views.push(new TaskLineView());
    // line i always goes to view i % pool size: while scrolling, the lines still in view keep
    // their views and only the rows that came into view are rewritten
    const shown = new Set<TaskLineView>();
    for (let index = first; index < last; index++) {
      const view = this.#views[index % this.#views.length]!;
      const line = lines.at(index)!;
      shown.add(view);
      view.update(line, now, line.key === selected, readOnly);
      if (view.index !== index) {
        view.index = index;
        view.el.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
        view.el.setAttribute('aria-rowindex', String(index + 2));
      }
      if (!view.el.isConnected) this.#body.append(view.el);
    }
    for (const view of this.#views) {
      if (shown.has(view) || !view.el.isConnected) continue;
      view.el.remove();
      view.index = -1;
    }
  }

  /** Scrolls so that line `index` is in view (below the header row). */
  reveal(index: number): void {
    const top = index * ROW_HEIGHT;
    if (top < this.#top) this.scroller.scrollTop = top;
    else if (top + 2 * ROW_HEIGHT > this.#top + this.#height)
      this.scroller.scrollTop = top + 2 * ROW_HEIGHT - this.#height;
  }

  #onClick(event: Event): void {
    const target = event.target as HTMLElement;
    const cancel = target.closest<HTMLElement>('[data-cancel]')?.dataset['cancel'];
    if (cancel) return this.#handlers.cancel(cancel);
    const toggle = target.closest<HTMLElement>('[data-toggle]')?.dataset['toggle'];
    if (toggle) return this.#handlers.toggle(toggle);
    const key = target.closest<HTMLElement>('[data-key]')?.dataset['key'];
    if (key) this.#handlers.select(key);
  }

  #onKey(event: KeyboardEvent): void {
    const at = this.#lines.indexOf(this.#selected);
    const page = Math.max(1, Math.floor(this.#height / ROW_HEIGHT) - 1);
    const line = this.#lines.at(at);
    const next = keyMove(event.key, at, this.#lines.length, page);
    if (next !== undefined) {
      const key = this.#lines.at(next)?.key;
      if (key !== undefined) {
        this.#handlers.select(key);
        this.reveal(next);
      }
    } else if (line && line.children > 0 && isToggleKey(event.key, line.collapsed)) {
      this.#handlers.toggle(line.key);
    } else if (line?.row && event.key === 'Delete') this.#handlers.cancel(line.row.id);
    else return;
    event.preventDefault();
  }
}
