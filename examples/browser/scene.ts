/**
 * The always-running canvas animation: orbiting dots with trails and a sweeping hand.
 * Motion is driven by time, so a blocked main thread shows as a visible jump.
 *
 * @example
 * ```ts
 * const draw = createScene(canvas);
 * requestAnimationFrame(function loop(t) { draw(t); requestAnimationFrame(loop); });
 * ```
 */
export function createScene(canvas: HTMLCanvasElement): (time: number) => void {
  const g = canvas.getContext('2d');
  return (time) => {
    if (!g) return;
    const { width, height } = canvas;
    const cx = width / 2;
    const cy = height / 2;
    g.fillStyle = 'rgba(14, 17, 26, 0.22)';
    g.fillRect(0, 0, width, height);
    for (let i = 0; i < 12; i++) {
      const a = time / (600 + i * 90) + (i * Math.PI) / 6;
      const r = 40 + i * 9;
      g.fillStyle = `hsl(${(i * 30 + time / 20) % 360} 80% 62%)`;
      g.beginPath();
      g.arc(cx + Math.cos(a) * r, cy + Math.sin(a) * r * 0.8, 5 + (i % 3), 0, Math.PI * 2);
      g.fill();
    }
    const hand = (time / 1000) * Math.PI;
    g.strokeStyle = '#e8ecf4';
    g.lineWidth = 3;
    g.beginPath();
    g.moveTo(cx, cy);
    g.lineTo(cx + Math.cos(hand) * 30, cy + Math.sin(hand) * 30);
    g.stroke();
  };
}
