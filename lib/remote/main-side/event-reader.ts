import type { QueueEvents, QueueEventsOptions } from 'bullmq';

/** Where the entries of the event stream go: each one's `[field, value, …]` list. */
export interface StreamListener {
  onEvent(fields: readonly string[]): void;
}

/** How long one blocking read waits for news (BullMQ's QueueEvents default). */
const blockMs = 10_000;
/** The pause after a failed read (BullMQ's QueueEvents pauses as long). */
const retryMs = 5_000;

/**
 * Hands each entry of a queue's event stream after its `lastEventId` option to `listener`
 * until the `QueueEvents` closes. The `QueueEvents` is made with `autorun: false`: this uses
 * its dedicated blocking connection and its guarded read (a watchdog resets a read that
 * hangs after a connection reset), but not its decoding, which turns every entry (four or
 * more a job: added, waiting, active, completed) into an object, copies it without its
 * `event` field and emits it twice, by name and by name and job id: for trivial jobs about
 * a tenth of the main side's CPU. Here an entry stays the field list Redis sent, and only
 * the listener looks into those it cares about.
 *
 * @example
 * ```ts
 * const events = new QueueEvents('renders', { connection, lastEventId, autorun: false });
 * void readEvents(events, tracker); // until events.close()
 * ```
 */
export async function readEvents(events: QueueEvents, listener: StreamListener): Promise<void> {
  let lastId = (events.opts as QueueEventsOptions).lastEventId ?? '$';
  while (!events.closing) {
    try {
      const reply = await events.backend.readEvents(lastId, blockMs);
      for (const [id, fields] of reply?.[0]?.[1] ?? []) {
        lastId = id;
        listener.onEvent(fields);
      }
    } catch {
      // Redis is gone for now (the link's reconnect re-reads every job when it is back), or an
      // entry could not be read (not BullMQ's JSON): reading goes on after it, after a pause
      if (!events.closing) await new Promise((r) => setTimeout(r, retryMs).unref());
    }
  }
}
