import { formatTable } from '../../lib/tasks/format-table';
import type { TaskRow } from '../../lib/tasks/task-row';
import { taskRow } from '../support/task-row';

const row = (over: Partial<TaskRow>): TaskRow =>
  taskRow({ description: 'load scene', duration: 12.345, startedAt: 1, ...over });

describe('formatTable', () => {
  it('aligns columns and renders errors, info and times', () => {
    const text = formatTable([
      row({}),
      row({
        id: 'longer-id',
        status: 'failed',
        error: { name: 'TypeError', code: undefined, message: 'bad' },
        info: { a: 1 },
      }),
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^id\s+status\s+kind\s+description\s+duration/);
    const statusCol = lines[0]?.indexOf('status');
    expect(lines[2]?.indexOf('running')).toBe(statusCol);
    expect(lines[3]?.indexOf('failed')).toBe(statusCol);
    expect(lines[3]).toContain('TypeError: bad');
    expect(lines[3]).toContain('{"a":1}');
    expect(lines[2]).toContain('12.3ms');
  });

  it('renders an empty table as its header and clips long cells', () => {
    expect(formatTable([]).split('\n')).toHaveLength(2);
    expect(formatTable([row({ description: 'x'.repeat(100) })])).toContain(`${'x'.repeat(39)}…`);
  });
});
