import type { LoggedEvent } from '../event-log.js';
import { formatProgress } from '../view-model/format-progress.js';
import { h } from '../panel/dom.js';

/**
 * A task's timeline in its details: each event recorded since the panel was mounted, with
 * the frame it arrived in, its time and what it carried (progress, cancel reason, error
 * message). `events$` is hot, so a task older than the panel starts part-way.
 *
 * @example
 * ```ts
 * details.append(eventTimeline(ctx.log.of(row.id)));
 * ```
 */
export function eventTimeline(events: readonly LoggedEvent[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events seen since the panel was mounted.');
  return h(
    'ol',
    { class: 'timeline', 'data-testid': 'details-timeline' },
    ...events.map(({ event, frame }) => {
      const detail =
        event.type === 'progress'
          ? formatProgress(event.progress).text
          : event.type === 'cancelled'
            ? event.reason
            : event.type === 'failed' || event.type === 'timedOut'
              ? event.error.message
              : '';
      return h(
        'li',
        { 'data-event': event.type },
        h('span', { class: 'mono' }, `#${frame}`),
        h('span', { class: 'mono' }, `${event.time.toFixed(1)} ms`),
        h('b', {}, event.type),
        detail,
      );
    }),
  );
}
