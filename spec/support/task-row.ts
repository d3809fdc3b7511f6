import type { TaskRow } from '../../lib/tasks/task-row';

/** A complete TaskRow with neutral defaults, for tests that build rows by hand. */
export const taskRow = (over: Partial<TaskRow> = {}): TaskRow => ({
  id: 'id1',
  status: 'running',
  description: '',
  kind: 'frame',
  parentId: undefined,
  group: undefined,
  priority: 0,
  duration: 0,
  createdAt: 0,
  startedAt: undefined,
  completedAt: undefined,
  error: undefined,
  info: undefined,
  progress: undefined,
  meta: undefined,
  timeout: undefined,
  cancelReason: undefined,
  ...over,
});
