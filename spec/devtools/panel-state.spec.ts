import { DEFAULT_STATE, loadState, saveState } from '../../lib/devtools/devtools-state';
import { EventLog } from '../../lib/devtools/event-log';
import { FrameHistory, summarizeFrames } from '../../lib/devtools/frame-history';
import { matchesHotkey } from '../../lib/devtools/panel/hotkey';
import type { FrameStats } from '../../lib/scheduler/frame-stats';

const memoryStorage = (): Storage => {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
};

describe('persisted state', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const state = {
      ...DEFAULT_STATE,
      open: true,
      view: 'workers' as const,
      width: 900,
      filters: { status: 'failed' as const, kind: 'worker' as const, group: 'g', text: 'x' },
      tree: true,
    };
    saveState(storage, 'k', state);
    expect(loadState(storage, 'k')).toEqual(state);
  });

  it('falls back field by field on missing or malformed values, and on storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({
        open: 'yes',
        view: 'logs',
        width: 10,
        height: 'x',
        filters: { status: 'weird', text: 5 },
        sort: { by: 'duration' },
      }),
    );
    expect(loadState(storage, 'k')).toEqual({ ...DEFAULT_STATE, width: 280, sort: { by: 'duration', dir: 'asc' } });
    storage.setItem('k', '{not json');
    expect(loadState(storage, 'k', { ...DEFAULT_STATE, open: true })).toEqual({ ...DEFAULT_STATE, open: true });
    const throwing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    } as Storage;
    expect(loadState(throwing, 'k')).toEqual(DEFAULT_STATE);
    expect(() => saveState(throwing, 'k', DEFAULT_STATE)).not.toThrow();
    expect(loadState(undefined, 'k')).toEqual(DEFAULT_STATE);
  });
});

describe('EventLog', () => {
  it('keeps each task’s events with their frame, drops them on cleared', () => {
    const log = new EventLog();
    log.record({ type: 'started', id: 'a', time: 5 }, 2);
    log.record({ type: 'completed', id: 'a', time: 9 }, 3, undefined);
    expect(log.of('a').map((e) => [e.event.type, e.frame])).toEqual([
      ['started', 2],
      ['completed', 3],
    ]);
    log.record({ type: 'cleared', id: 'a', time: 10 }, 4);
    expect(log.of('a')).toEqual([]);
  });

  it('keeps the first progress event and the latest ones; forgets the oldest task past its bound', () => {
    const log = new EventLog(2);
    log.record({ type: 'started', id: 'a', time: 0 }, 0);
    for (let i = 0; i < 50; i++) log.record({ type: 'progress', id: 'a', time: i, progress: i }, i);
    const progress = log
      .of('a')
      .filter((e) => e.event.type === 'progress')
      .map((e) => e.frame);
    expect(progress).toEqual([0, ...Array.from({ length: 20 }, (_, i) => 30 + i)]);
    log.record({ type: 'started', id: 'b', time: 0 }, 0);
    log.record({ type: 'started', id: 'c', time: 0 }, 0);
    expect(log.of('a')).toEqual([]);
    expect(log.of('c')).toHaveLength(1);
  });
});

describe('FrameHistory', () => {
  const frame = (index: number, over: Partial<FrameStats> = {}): FrameStats => ({
    index,
    time: index * 16,
    delta: index === 0 ? 0 : 16,
    busyMs: 1,
    actionsRun: 2,
    actionsDeferred: 0,
    overrunMs: 0,
    budgetMs: 8,
    ...over,
  });

  it('keeps the last frames, oldest first', () => {
    const history = new FrameHistory(3);
    for (let i = 0; i < 5; i++) history.add(frame(i));
    expect(history.frames().map((f) => f.index)).toEqual([2, 3, 4]);
    history.clear();
    expect(history.frames()).toEqual([]);
  });

  it('summarises fps from the deltas, the worst frame, overruns and actions', () => {
    const s = summarizeFrames([
      frame(0),
      frame(1),
      frame(2, { busyMs: 12, overrunMs: 4, actionsDeferred: 3, delta: 32 }),
    ]);
    expect(s.fps).toBeCloseTo(2000 / 48);
    expect(s).toMatchObject({ worstBusyMs: 12, overruns: 1, actionsRun: 6, actionsDeferred: 3 });
    expect(summarizeFrames([]).fps).toBe(0);
  });
});

describe('matchesHotkey', () => {
  const key = (over: Partial<KeyboardEvent>) => ({
    key: 'd',
    code: 'KeyD',
    altKey: false,
    ctrlKey: false,
    shiftKey: false,
    metaKey: false,
    ...over,
  });

  it('matches the named modifiers exactly and letters by their physical key', () => {
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, key: 'Î' }), 'Alt+Shift+D')).toBe(true);
    expect(matchesHotkey(key({ altKey: true }), 'Alt+Shift+D')).toBe(false);
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, ctrlKey: true }), 'Alt+Shift+D')).toBe(false);
    expect(matchesHotkey(key({ ctrlKey: true, key: 'F12', code: 'F12' }), 'Ctrl+F12')).toBe(true);
    expect(matchesHotkey(key({ metaKey: true, code: 'Digit1', key: '1' }), 'Cmd+1')).toBe(true);
  });
});
