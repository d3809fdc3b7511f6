/**
 * A progress value as the panel shows it: `fraction` (0..1) when it is a number in 0..1
 * or `{ done, total }`, drawn as a bar; `text` otherwise (short JSON), or '' for none.
 *
 * @example
 * ```ts
 * formatProgress({ done: 3, total: 4 }); // { fraction: 0.75, text: '3/4' }
 * formatProgress(0.5); // { fraction: 0.5, text: '50%' }
 * ```
 */
export function formatProgress(progress: unknown): { readonly fraction: number | undefined; readonly text: string } {
  if (progress === undefined || progress === null) return { fraction: undefined, text: '' };
  if (typeof progress === 'number') {
    if (progress >= 0 && progress <= 1) return { fraction: progress, text: `${Math.round(progress * 100)}%` };
    return { fraction: undefined, text: String(progress) };
  }
  const done = (progress as { done?: unknown }).done;
  const total = (progress as { total?: unknown }).total;
  if (typeof done === 'number' && typeof total === 'number' && total > 0 && done >= 0) {
    return { fraction: Math.min(1, done / total), text: `${done}/${total}` };
  }
  return { fraction: undefined, text: shortText(progress) };
}

/**
 * Ms as the panel shows a duration: `850 ms`, `12.3 s`, `4 min 05 s`.
 *
 * @example
 * ```ts
 * formatDuration(12_345); // '12.3 s'
 * ```
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** At most 60 characters of a value's JSON (or its String form when JSON cannot show it). */
export function shortText(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value); // cycles, BigInt
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
