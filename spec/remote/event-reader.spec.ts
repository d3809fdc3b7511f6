import type { Queue, QueueEvents } from 'bullmq';
import { readEvents, type StreamListener } from '../../lib/remote/main-side/event-reader';
import { JobTracker } from '../../lib/remote/main-side/job-tracker';
import { TrackedJob, type JobSink } from '../../lib/remote/main-side/tracked-job';

type Entry = [string, string[]];

/** A QueueEvents whose blocking reads answer from a script: each read takes the next reply (or throws it). */
function scriptedEvents(lastEventId: string, replies: (Entry[] | Error)[]): { events: QueueEvents; reads: string[] } {
  const reads: string[] = [];
  const readEvents = (id: string) => {
    reads.push(id);
    const next = replies.shift();
    if (next === undefined) return new Promise<never>(() => undefined); // blocks, as with no news
    return next instanceof Error ? Promise.reject(next) : Promise.resolve([['bull:q:events', next]]);
  };
  const events = { opts: { lastEventId }, closing: undefined, backend: { readEvents } };
  return { events: events as unknown as QueueEvents, reads };
}

const settle = () => new Promise((r) => setImmediate(r));

function tracked(jobId: string): { job: TrackedJob; news: string[] } {
  const news: string[] = [];
  const sink: JobSink = {
    started: () => news.push('started'),
    attempt: (n) => news.push(`attempt ${n}`),
    progress: (v) => news.push(`progress ${JSON.stringify(v)}`),
    completed: (r) => news.push(`completed ${JSON.stringify(r)}`),
    failed: (e) => news.push(`failed ${e.name}: ${e.message}`),
  };
  return { job: new TrackedJob(jobId, `t-${jobId}`, sink), news };
}

describe('JobTracker.onEvent: entries of the event stream as Redis sends them', () => {
  const tracker = new JobTracker({} as Queue, 5_000);

  it('turns the entries of a tracked job into its news, decoding progress and results as JSON', () => {
    const { job, news } = tracked('j1');
    tracker.add(job);
    tracker.onEvent(['event', 'added', 'jobId', 'j1', 'name', 'resize']);
    tracker.onEvent(['event', 'waiting', 'jobId', 'j1', 'prev', 'added']);
    tracker.onEvent(['event', 'active', 'jobId', 'j1', 'prev', 'waiting']);
    tracker.onEvent(['event', 'progress', 'jobId', 'j1', 'data', '{"done":0.5}']);
    tracker.onEvent(['event', 'completed', 'jobId', 'j1', 'returnvalue', '{"ok":true}', 'prev', 'active']);
    expect(news).toEqual(['attempt 1', 'started', 'progress {"done":0.5}', 'completed {"ok":true}']);
  });

  it('a failed entry ends the job with its reason; a removed one ends it lost', () => {
    const failed = tracked('f');
    const removed = tracked('r');
    tracker.add(failed.job);
    tracker.add(removed.job);
    tracker.onEvent(['event', 'failed', 'jobId', 'f', 'failedReason', 'boom', 'prev', 'active']);
    tracker.onEvent(['event', 'removed', 'jobId', 'r', 'prev', 'waiting']);
    expect(failed.news).toEqual(['attempt 1', 'started', 'failed RemoteTaskError: boom']);
    expect(removed.news).toEqual([
      'attempt 1',
      'started',
      'failed RemoteJobLostError: remote job r is gone from Redis',
    ]);
  });

  it('entries of untracked jobs are not decoded; only `added` ones go to onUntracked (mirror)', () => {
    const adopted: string[] = [];
    const mirror = new JobTracker({} as Queue, 5_000);
    expect(() => mirror.onEvent(['event', 'completed', 'jobId', 'other', 'returnvalue', 'not json'])).not.toThrow();
    mirror.onEvent(['event', 'added', 'jobId', 'other', 'name', 'resize']);
    mirror.onUntracked((jobId, name) => adopted.push(`${jobId} ${name}`));
    mirror.onEvent(['event', 'added', 'jobId', 'other', 'name', 'resize']);
    mirror.onEvent(['event', 'waiting', 'jobId', 'other']);
    const { job } = tracked('mine');
    mirror.add(job);
    mirror.onEvent(['event', 'added', 'jobId', 'mine', 'name', 'resize']);
    expect(adopted).toEqual(['other resize']);
    mirror.dispose();
    mirror.onEvent(['event', 'added', 'jobId', 'later', 'name', 'resize']);
    expect(adopted).toEqual(['other resize']);
  });
});

describe('readEvents', () => {
  it('reads on after the last entry it delivered, starting after the lastEventId it was given', async () => {
    const heard: string[] = [];
    const listener: StreamListener = { onEvent: (fields) => heard.push(fields.join(' ')) };
    const { events, reads } = scriptedEvents('0-5', [
      [
        ['1-0', ['event', 'active', 'jobId', 'a']],
        ['1-1', ['event', 'completed', 'jobId', 'a', 'returnvalue', '1']],
      ],
      [['2-0', ['event', 'active', 'jobId', 'b']]],
    ]);
    void readEvents(events, listener);
    await settle();
    expect(heard).toEqual(['event active jobId a', 'event completed jobId a returnvalue 1', 'event active jobId b']);
    expect(reads).toEqual(['0-5', '1-1', '2-0']);
  });

  it('an entry the listener cannot read does not stop the stream: after a pause it reads on after it', async () => {
    jest.useFakeTimers();
    try {
      const tracker = new JobTracker({} as Queue, 5_000);
      const { job, news } = tracked('a');
      tracker.add(job);
      const { events, reads } = scriptedEvents('0-0', [
        [['1-0', ['event', 'progress', 'jobId', 'a', 'data', '{not json']]],
        [['2-0', ['event', 'completed', 'jobId', 'a', 'returnvalue', '7']]],
      ]);
      void readEvents(events, tracker);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(reads).toEqual(['0-0', '1-0', '2-0']);
      expect(news).toEqual(['attempt 1', 'started', 'completed 7']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('after a failed read it waits, then reads again from the same id', async () => {
    jest.useFakeTimers();
    try {
      const heard: string[] = [];
      const { events, reads } = scriptedEvents('2-0', [
        new Error('Connection is closed.'),
        [['3-0', ['event', 'active', 'jobId', 'c']]],
      ]);
      void readEvents(events, { onEvent: (f: readonly string[]) => heard.push(f[3] ?? '') });
      await jest.advanceTimersByTimeAsync(4_000);
      expect(reads).toEqual(['2-0']);
      await jest.advanceTimersByTimeAsync(1_000);
      expect(reads).toEqual(['2-0', '2-0', '3-0']);
      expect(heard).toEqual(['c']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('once the QueueEvents closes it reads no more, and a read that fails then is not retried', async () => {
    const { events, reads } = scriptedEvents('0-0', [[['1-0', ['event', 'active', 'jobId', 'a']]]]);
    const done = readEvents(events, {
      onEvent: () => Object.assign(events, { closing: Promise.resolve() }),
    });
    await expect(done).resolves.toBeUndefined();
    expect(reads).toEqual(['0-0']);
    const failing = scriptedEvents('0-0', [new Error('Connection is closed.')]);
    const read = readEvents(failing.events, { onEvent: () => undefined });
    Object.assign(failing.events, { closing: Promise.resolve() });
    await expect(read).resolves.toBeUndefined(); // no pause: it ends at once
  });
});
