/**
 * Calls `move(dx, dy)` while the pointer drags from `handle` (px since the press) and
 * `end()` on release: how the floating panel is moved and resized.
 *
 * @example
 * ```ts
 * dragHandle(header, (dx, dy) => place(x0 - dx, y0 - dy), save);
 * ```
 */
export function dragHandle(
  handle: HTMLElement,
  start: () => void,
  move: (dx: number, dy: number) => void,
  end: () => void,
): void {
  handle.addEventListener('pointerdown', (down) => {
    if (down.button !== 0 || (down.target as HTMLElement).closest('button, select, input')) return;
    down.preventDefault();
    handle.setPointerCapture?.(down.pointerId);
    start();
    const onMove = (e: PointerEvent) => move(e.clientX - down.clientX, e.clientY - down.clientY);
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onUp);
      end();
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onUp);
  });
}
