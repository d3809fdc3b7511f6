const BADGE_MS = 250;

/**
 * The toggle's count of tasks while the panel is closed: read from `table$.value` 4 times
 * a second instead of subscribing, so a closed panel never makes the runtime build a
 * snapshot for it; only a changed count touches the DOM. Returns the switch: `true` shows
 * the count now and keeps it current, `false` stops (the last count stays shown).
 *
 * @example
 * ```ts
 * const counting = countBadge(shell.badge, runtime.table$);
 * counting(true); // closed
 * counting(false); // opened or unmounted
 * ```
 */
export function countBadge(
  badge: HTMLElement,
  table$: { readonly value: readonly unknown[] },
): (counting: boolean) => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const show = (): void => {
    const text = String(table$.value.length);
    if (badge.textContent !== text) badge.textContent = text;
  };
  return (counting) => {
    if (counting) {
      // already counting (closed again, or unmounted while closed): the same interval goes on
      timer ??= setInterval(show, BADGE_MS);
      show();
    } else {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
