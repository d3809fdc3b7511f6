import type { TaskRow } from '../../lib/index.js';

const FINISHED = new Set(['completed', 'failed', 'cancelled', 'timeout']);

/**
 * Renders task rows into a `<tbody>`: one `<tr data-testid="task-row">` per task with its
 * id and status as data attributes, and a cancel button while the task is not finished.
 *
 * @example
 * ```ts
 * runtime.table$.subscribe((rows) => renderTaskTable(tbody, rows));
 * ```
 */
export function renderTaskTable(tbody: HTMLElement, rows: readonly TaskRow[]): void {
  tbody.replaceChildren(...rows.map(renderRow));
  if (rows.length === 0) tbody.append(emptyRow());
}

/**
 * Calls `cancel(id)` when a row's cancel button is clicked (one listener for the table).
 *
 * @example
 * ```ts
 * onCancelClick(tbody, (id) => runtime.cancel(id));
 * ```
 */
export function onCancelClick(tbody: HTMLElement, cancel: (id: string) => void): void {
  tbody.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-cancel]');
    if (button?.dataset['cancel']) cancel(button.dataset['cancel']);
  });
}

function renderRow(row: TaskRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('data-testid', 'task-row');
  tr.dataset['id'] = row.id;
  tr.dataset['status'] = row.status;
  tr.dataset['description'] = row.description;
  tr.append(
    shortId(row.id),
    cell(row.kind, 'kind'),
    cell(row.status, `status status-${row.status}`),
    cell(row.description),
    progressCell(row),
    cell(`${Math.round(row.duration)} ms`, 'num'),
    cell(row.error ? `${row.error.name}: ${row.error.message}` : '', 'error'),
    actionCell(row),
  );
  return tr;
}

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function shortId(id: string): HTMLTableCellElement {
  const td = cell(id.length > 8 ? `${id.slice(0, 8)}…` : id, 'mono');
  td.title = id;
  return td;
}

function progressCell(row: TaskRow): HTMLTableCellElement {
  const td = cell('');
  const value = typeof row.progress === 'number' ? row.progress : row.status === 'completed' ? 1 : undefined;
  if (value === undefined) return td;
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.value = value;
  td.append(bar);
  return td;
}

function actionCell(row: TaskRow): HTMLTableCellElement {
  const td = cell('');
  if (FINISHED.has(row.status)) return td;
  const button = document.createElement('button');
  button.textContent = 'cancel';
  button.dataset['cancel'] = row.id;
  button.setAttribute('data-testid', `cancel-${row.id}`);
  td.append(button);
  return td;
}

function emptyRow(): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const td = cell('No tasks. Launch one above.', 'empty');
  td.colSpan = 8;
  tr.append(td);
  return tr;
}
