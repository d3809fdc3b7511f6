/**
 * An interval that runs only while it is wanted and the page is visible: the panel's live
 * ticks (durations, pool figures) while it is open. A hidden tab gets no ticks, so a panel
 * left open in a background tab costs nothing; they resume when the tab shows again.
 * Returns the switch: `true` wants the ticks, `false` stops them and stops following the
 * page's visibility (so `false` is also the cleanup).
 *
 * @example
 * ```ts
 * const ticking = visibleInterval(250, () => panel.invalidate());
 * ticking(true); // open: ticking while the page is visible
 * ticking(false); // closed or unmounted
 * ```
 */
export function visibleInterval(ms: number, run: () => void): (wanted: boolean) => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const sync = (): void => {
    const visible = document.visibilityState === 'visible';
    if (visible && !timer) timer = setInterval(run, ms);
    if (!visible && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  return (wanted) => {
    if (wanted) {
      // adding the same listener again keeps one: wanting twice is harmless
      document.addEventListener('visibilitychange', sync);
      sync();
    } else {
      document.removeEventListener('visibilitychange', sync);
      clearInterval(timer);
      timer = undefined;
    }
  };
}
