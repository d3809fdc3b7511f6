import { buildTree, flatLines, groupKey, type TreeLine } from '../../lib/devtools/view-model/build-tree';
import { formatDuration, formatProgress, shortText } from '../../lib/devtools/view-model/format-progress';
import { liveDuration, sortRows } from '../../lib/devtools/view-model/sort-rows';
import { filterRows, groupNames, NO_FILTERS } from '../../lib/devtools/view-model/task-filters';
import { visibleLines } from '../../lib/devtools/view-model/visible-lines';
import { summarizeWorkers } from '../../lib/devtools/view-model/worker-summary';
import { taskRow } from '../support/task-row';

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
const shape = (lines: readonly TreeLine[]) =>
  lines.map((l) => `${'  '.repeat(l.depth)}${l.key}${l.collapsed ? '+' : ''}`);

const rows = [
  taskRow({ id: 'a1', description: 'Fetch scene', status: 'completed', kind: 'frame', createdAt: 1, duration: 30 }),
  taskRow({
    id: 'b2',
    description: 'mesh',
    status: 'running',
    kind: 'worker',
    group: 'assets',
    createdAt: 2,
    startedAt: 5,
    duration: 10,
  }),
  taskRow({
    id: 'c3',
    description: 'tiles',
    status: 'failed',
    kind: 'frame',
    group: 'assets',
    createdAt: 3,
    duration: 50,
  }),
  taskRow({ id: 'd4', description: 'search', status: 'pending', kind: 'sliced', group: 'search', createdAt: 4 }),
];

describe('filterRows', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterRows(rows, NO_FILTERS)).toBe(rows);
    expect(filterRows(rows, { ...NO_FILTERS, text: '   ' })).toBe(rows);
  });

  it('filters by status, kind and group, and all of them at once', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, status: 'failed' }))).toEqual(['c3']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, kind: 'frame' }))).toEqual(['a1', 'c3']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, group: 'assets' }))).toEqual(['b2', 'c3']);
    expect(ids(filterRows(rows, { status: 'running', kind: 'worker', group: 'assets', text: '' }))).toEqual(['b2']);
    expect(filterRows(rows, { status: 'running', kind: 'frame', group: '', text: '' })).toEqual([]);
  });

  it('matches text in the description, id or group, ignoring case', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, text: 'SCENE' }))).toEqual(['a1']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, text: 'd4' }))).toEqual(['d4']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, text: 'Asset' }))).toEqual(['b2', 'c3']);
  });

  it('lists the distinct group names, sorted', () => {
    expect(groupNames(rows)).toEqual(['assets', 'search']);
    expect(groupNames([])).toEqual([]);
  });
});

describe('sortRows', () => {
  it('keeps the table order for oldest first and reverses it for newest first', () => {
    expect(sortRows(rows, { by: 'created', dir: 'asc' }, 0)).toBe(rows);
    expect(ids(sortRows(rows, { by: 'created', dir: 'desc' }, 0))).toEqual(['d4', 'c3', 'b2', 'a1']);
    const shuffled = [rows[2]!, rows[0]!, rows[1]!];
    expect(ids(sortRows(shuffled, { by: 'created', dir: 'asc' }, 0))).toEqual(['a1', 'b2', 'c3']);
  });

  it('sorts by duration, running rows by their live duration at now, ties in table order', () => {
    // at now = 100 the running b2 has run 95 ms, more than its emitted 10
    expect(ids(sortRows(rows, { by: 'duration', dir: 'desc' }, 100))).toEqual(['b2', 'c3', 'a1', 'd4']);
    expect(ids(sortRows(rows, { by: 'duration', dir: 'asc' }, 20))).toEqual(['d4', 'b2', 'a1', 'c3']);
    const tied = [taskRow({ id: 'x', duration: 5 }), taskRow({ id: 'y', duration: 5 })];
    expect(ids(sortRows(tied, { by: 'duration', dir: 'desc' }, 0))).toEqual(['x', 'y']);
  });

  it('live duration: counts from the start while running, the row figure otherwise', () => {
    expect(liveDuration(rows[1]!, 100)).toBe(95);
    expect(liveDuration(rows[1]!, 6)).toBe(10); // never below what the table said
    expect(liveDuration(rows[2]!, 1000)).toBe(50);
  });
});

describe('buildTree', () => {
  const family = [
    taskRow({ id: 'master' }),
    taskRow({ id: 'loose' }),
    taskRow({ id: 'sensor', parentId: 'master' }),
    taskRow({ id: 'read', parentId: 'sensor' }),
    taskRow({ id: 'g1', group: 'assets' }),
    taskRow({ id: 'g2', group: 'assets', parentId: 'master' }),
    taskRow({ id: 'g3', group: 'assets' }),
    taskRow({ id: 'orphan', parentId: 'gone' }),
  ];

  it('nests tasks under their thread and group, siblings in order; a missing parent makes a root', () => {
    expect(shape(buildTree(family, new Set()))).toEqual([
      'master',
      '  sensor',
      '    read',
      '  g2',
      'loose',
      'group:assets',
      '  g1',
      '  g3',
      'orphan',
    ]);
    const master = buildTree(family, new Set())[0]!;
    expect(master.children).toBe(2);
    const header = buildTree(family, new Set()).find((l) => l.key === groupKey('assets'))!;
    expect(header).toMatchObject({ row: undefined, group: 'assets', children: 2 });
  });

  it('leaves out the children of collapsed keys, deeper ones too', () => {
    expect(shape(buildTree(family, new Set(['master', groupKey('assets')])))).toEqual([
      'master+',
      'loose',
      'group:assets+',
      'orphan',
    ]);
    expect(shape(buildTree(family, new Set(['sensor'])))).toContain('  sensor+');
    expect(buildTree(family, new Set(['loose'])).find((l) => l.key === 'loose')?.collapsed).toBe(false); // no children
  });

  it('filtering out a parent lifts its children to roots', () => {
    const shown = filterRows(family, { ...NO_FILTERS, text: 'read' });
    expect(shape(buildTree(shown, new Set()))).toEqual(['read']);
  });

  it('flat lines make every row a depth-0 line, on demand', () => {
    const lines = flatLines(family);
    expect(lines.length).toBe(family.length);
    expect(lines.at(2)).toMatchObject({ key: 'sensor', depth: 0, row: family[2] });
    expect(lines.at(99)).toBeUndefined();
    expect(lines.indexOf('read')).toBe(3);
    expect(lines.indexOf(undefined)).toBe(-1);
  });

  it('visibleLines filters, sorts, then builds the tree or the flat list', () => {
    const view = {
      filters: { ...NO_FILTERS, group: 'assets' },
      sort: { by: 'created', dir: 'desc' },
      collapsed: new Set<string>(),
    } as const;
    const tree = visibleLines(rows, { ...view, tree: true }, 0);
    expect([0, 1, 2].map((i) => tree.at(i)?.key)).toEqual([groupKey('assets'), 'c3', 'b2']);
    const flat = visibleLines(rows, { ...view, tree: false }, 0);
    expect([0, 1].map((i) => flat.at(i)?.key)).toEqual(['c3', 'b2']);
    expect(flat.length).toBe(2);
  });
});

describe('formatProgress and formatDuration', () => {
  it('draws a bar for 0..1 and { done, total }, text otherwise', () => {
    expect(formatProgress(0.25)).toEqual({ fraction: 0.25, text: '25%' });
    expect(formatProgress(1)).toEqual({ fraction: 1, text: '100%' });
    expect(formatProgress({ done: 3, total: 4 })).toEqual({ fraction: 0.75, text: '3/4' });
    expect(formatProgress({ done: 9, total: 4 }).fraction).toBe(1);
    expect(formatProgress({ done: 1, total: 0 })).toEqual({ fraction: undefined, text: '{"done":1,"total":0}' });
    expect(formatProgress(42)).toEqual({ fraction: undefined, text: '42' });
    expect(formatProgress(-0.5)).toEqual({ fraction: undefined, text: '-0.5' });
    expect(formatProgress('loading')).toEqual({ fraction: undefined, text: 'loading' });
    expect(formatProgress(undefined)).toEqual({ fraction: undefined, text: '' });
    expect(formatProgress(null)).toEqual({ fraction: undefined, text: '' });
  });

  it('shortens long or unserialisable values', () => {
    expect(shortText('x'.repeat(100))).toHaveLength(60);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(shortText(cyclic)).toBe('[object Object]');
    expect(shortText(10n)).toBe('10');
  });

  it('formats ms, seconds and minutes', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(849.6)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(-1)).toBe('');
    expect(formatDuration(Number.NaN)).toBe('');
  });
});

describe('summarizeWorkers', () => {
  it('counts worker rows per function with the mean of finished ones', () => {
    const worker = (id: string, fn: string, over: Partial<Parameters<typeof taskRow>[0]>) =>
      taskRow({ id, kind: 'worker', meta: { worker: fn, standalone: false }, ...over });
    const summary = summarizeWorkers([
      worker('1', 'render', { status: 'completed', duration: 100 }),
      worker('2', 'render', { status: 'failed', duration: 50 }),
      worker('3', 'render', { status: 'running' }),
      worker('4', 'blur', { status: 'pending' }),
      worker('5', 'blur', { status: 'running', meta: { worker: 'blur', standalone: true } }),
      taskRow({ id: '6', kind: 'frame', status: 'running' }),
    ]);
    expect(summary.standalone).toBe(1);
    expect(summary.functions).toEqual([
      { fn: 'blur', pending: 1, running: 1, finished: 0, failed: 0, meanMs: undefined },
      { fn: 'render', pending: 0, running: 1, finished: 2, failed: 1, meanMs: 75 },
    ]);
  });
});
