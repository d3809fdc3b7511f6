import { CancelListener } from '../../lib/remote/worker-side/cancel-listener';

/** No Redis: clients that only keep their `message` listener, so the spec can deliver cancels. */
const subscribers: ((channel: string, jobId: string) => void)[] = [];
jest.mock('ioredis', () => ({
  Redis: class {
    readonly status = 'ready';
    on(event: string, listener: (channel: string, jobId: string) => void) {
      if (event === 'message') subscribers.push(listener);
      return this;
    }
    subscribe = () => Promise.resolve(1);
    mget = (...keys: string[]) => Promise.resolve(keys.map(() => null));
    quit = () => Promise.resolve('OK');
  },
}));

/** A map that counts the entries its iterations visit. */
class CountingMap<K, V> extends Map<K, V> {
  visited = 0;
  override *[Symbol.iterator](): MapIterator<[K, V]> {
    for (const entry of super[Symbol.iterator]()) {
      this.visited++;
      yield entry;
    }
  }
}

describe('CancelListener: cancels for jobs this process does not run (yet)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('remembers each for a minute, and forgets the expired ones without walking all it remembers per message', async () => {
    const listener = new CancelListener({}, 'bull', 'q', 1_000);
    const early = new CountingMap<string, number>();
    Object.assign(listener, { early });
    const deliver = subscribers[subscribers.length - 1] as (channel: string, jobId: string) => void;
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    // a busy fleet: 2,000 cancels of jobs that run elsewhere, one every 10 ms
    for (let i = 0; i < 2_000; i++, now += 10) deliver('c', `other-${i}`);
    expect(early.size).toBe(2_000); // 20 s worth: none expired yet
    expect(early.visited).toBeLessThan(3 * 2_000); // not 2,000 × 2,000 / 2
    now += 60_000;
    deliver('c', 'late');
    expect(early.size).toBe(1);
    const cancel = jest.fn();
    listener.watch('late', false, { cancel });
    expect(cancel).toHaveBeenCalledTimes(1);
    await listener.close();
  });
});
