import type { TaskRow } from '../../tasks/task-row.js';
import { cancelShown, type DevtoolsContext } from '../devtools-context.js';
import type { LoggedEvent } from '../event-log.js';
import type { TreeLine } from '../view-model/build-tree.js';
import { formatDuration, formatProgress, shortText } from '../view-model/format-progress.js';
import { factList, h } from '../panel/dom.js';
import { eventTimeline } from './event-timeline.js';

const FINISHED = new Set(['completed', 'failed', 'cancelled', 'timeout']);

/**
 * The details pane of the selected line: a task's facts, progress, error (with the stack
 * of the error object where the runtime still has it), its event timeline since the panel
 * was mounted, and its creation stack when `captureStacks` is on; a group's counts.
 * Rebuilt only when the row or its events change.
 *
 * @example
 * ```ts
 * const details = new DetailsView('inline');
 * details.render(ctx, selectedLine);
 * ```
 */
export class DetailsView {
  readonly root: HTMLElement;
  #shown: unknown = undefined;
  #shownEvents = -1;
  #shownRows: unknown = undefined;

  /** `name` tells this pane from another panel's (landmarks need distinct labels). */
  constructor(name: string) {
    this.root = h('div', {
      class: 'details',
      role: 'region',
      'aria-label': `Task details (${name})`,
      'data-testid': 'devtools-details',
      tabindex: 0,
    });
  }

  render(ctx: DevtoolsContext, line: TreeLine | undefined): void {
    const events = line?.row ? ctx.log.of(line.row.id) : [];
    const subject = line?.row ?? line?.key;
    // a group's counts change with its rows, not its key: a group follows the table
    const rows = line && !line.row ? ctx.rows : undefined;
    if (subject === this.#shown && rows === this.#shownRows && events.length === this.#shownEvents) return;
    this.#shown = subject;
    this.#shownRows = rows;
    this.#shownEvents = events.length;
    if (!line) this.root.replaceChildren(h('p', { class: 'muted' }, 'Select a row to see its details.'));
    else if (!line.row) this.root.replaceChildren(...groupDetails(ctx, line));
    else this.root.replaceChildren(...taskDetails(ctx, line.row, events));
  }
}

function taskDetails(ctx: DevtoolsContext, row: TaskRow, events: readonly LoggedEvent[]): Node[] {
  const p = formatProgress(row.progress);
  const facts: [string, string][] = [
    ['id', row.id],
    ['status', row.status],
    ['kind', row.kind],
    ['group', row.group ?? '—'],
    ['parent', row.parentId ?? '—'],
    ['priority', String(row.priority)],
    ['created', `${row.createdAt.toFixed(1)} ms`],
    ['started', row.startedAt === undefined ? '—' : `${row.startedAt.toFixed(1)} ms`],
    ['duration', formatDuration(row.duration)],
    ['timeout', row.timeout === undefined ? '—' : `${row.timeout} ms`],
    ['progress', p.text || '—'],
  ];
  if (row.cancelReason) facts.push(['cancel reason', row.cancelReason]);
  if (row.info) facts.push(['info', shortText(row.info)]);
  if (row.meta) facts.push(['meta', shortText(row.meta)]);
  const nodes: Node[] = [h('h3', {}, row.description || row.id), factList(facts, 'fact')];
  if (row.error) nodes.push(h('h4', {}, 'Error'), errorBlock(ctx, row));
  nodes.push(h('h4', {}, 'Timeline'), eventTimeline(events));
  const stack = events.find((e) => e.stack !== undefined)?.stack;
  nodes.push(
    h('h4', {}, 'Created at'),
    stack
      ? h('pre', { 'data-testid': 'created-at' }, stack)
      : h('p', { class: 'muted' }, 'Not captured (mount with captureStacks: true).'),
  );
  if (!ctx.readOnly && !FINISHED.has(row.status)) {
    const button = h('button', { type: 'button', 'data-testid': 'details-cancel' }, 'Cancel task');
    button.addEventListener('click', () => cancelShown(ctx.runtime, row.id));
    nodes.push(button);
  }
  return nodes;
}

function errorBlock(ctx: DevtoolsContext, row: TaskRow): HTMLElement {
  const error = row.error!;
  const block = h(
    'div',
    { class: 'error', 'data-testid': 'details-error' },
    factList(
      [
        ['name', error.name],
        ['code', error.code ?? '—'],
        ['message', error.message],
      ],
      'fact',
    ),
  );
  const stack = errorStack(ctx, row.id);
  if (stack) block.append(h('pre', {}, stack));
  return block;
}

/** The stack of the task's error object, which the runtime keeps until the row is cleared. */
function errorStack(ctx: DevtoolsContext, id: string): string | undefined {
  try {
    ctx.runtime.getResult(id);
  } catch (error) {
    // UnknownTaskError: cleared since the snapshot shown, its error object is gone
    const gone = (error as { code?: unknown }).code === 'ERR_FRAMETASKS_UNKNOWN_TASK';
    return error instanceof Error && !gone ? error.stack : undefined;
  }
  return undefined;
}

function groupDetails(ctx: DevtoolsContext, line: TreeLine): Node[] {
  const counts = new Map<string, number>();
  for (const row of ctx.rows) if (row.group === line.group) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return [
    h('h3', {}, `Group ${line.group ?? ''}`),
    factList(
      [...counts.entries()].map(([s, n]) => [s, String(n)] as const),
      'fact',
    ),
  ];
}
