/**
 * The CPU-heavy job the demo runs three ways: a Julia-set image where every pixel runs
 * the same number of iterations (no early exit), so the cost is uniform per row and the
 * job size can be calibrated to a target duration on any machine.
 */

/** What to compute; plain data so it can be posted to a worker. */
export interface FractalParams {
  readonly width: number;
  readonly height: number;
  /** Iterations per pixel (uniform cost). */
  readonly iterations: number;
}

/** RGBA pixels of the finished image. */
export type FractalImage = Uint8ClampedArray;

const CR = -0.8;
const CI = 0.156;

/**
 * Renders one row into `out` (RGBA, `width × height × 4`).
 *
 * @example
 * ```ts
 * const out = new Uint8ClampedArray(w * h * 4);
 * for (let y = 0; y < h; y++) renderRow(params, y, out);
 * ```
 */
export function renderRow(params: FractalParams, y: number, out: FractalImage): void {
  const { width, height, iterations } = params;
  const zi0 = (y / height - 0.5) * 2.4;
  for (let x = 0; x < width; x++) {
    let zr = (x / width - 0.5) * 3.2;
    let zi = zi0;
    let escaped = -1;
    for (let i = 0; i < iterations; i++) {
      const t = zr * zr - zi * zi + CR;
      zi = 2 * zr * zi + CI;
      zr = t;
      if (zr * zr + zi * zi > 4) {
        if (escaped < 0) escaped = i;
        zr = 0;
        zi = 0;
      }
    }
    paint(out, (y * width + x) * 4, escaped, iterations);
  }
}

function paint(out: FractalImage, at: number, escaped: number, iterations: number): void {
  const v = escaped < 0 ? 0 : Math.sqrt(escaped / Math.min(iterations, 200));
  out[at] = 40 + 215 * Math.min(1, v * 1.6);
  out[at + 1] = 30 + 200 * v * v;
  out[at + 2] = 90 + 165 * (1 - v);
  out[at + 3] = 255;
}

/**
 * The sliced form: a generator that renders one row per step and returns the image.
 *
 * @example
 * ```ts
 * const steps = fractalSteps(params);
 * while (!steps.next().done) {}
 * ```
 */
export function* fractalSteps(params: FractalParams): Generator<number, FractalImage, void> {
  const out = new Uint8ClampedArray(params.width * params.height * 4);
  for (let y = 0; y < params.height; y++) {
    renderRow(params, y, out);
    yield (y + 1) / params.height;
  }
  return out;
}

/**
 * The naive form: the whole image in one blocking call.
 *
 * @example
 * ```ts
 * const image = renderFractal(params); // blocks for the whole job
 * ```
 */
export function renderFractal(params: FractalParams): FractalImage {
  const out = new Uint8ClampedArray(params.width * params.height * 4);
  for (let y = 0; y < params.height; y++) renderRow(params, y, out);
  return out;
}

/**
 * Picks `iterations` so the whole job takes about `targetMs` on this machine, by timing a
 * few rows, fastest of four rounds so JIT warm-up does not count (a ~20 ms block at start-up).
 *
 * @example
 * ```ts
 * const params = calibrate(240, 160, 300);
 * ```
 */
export function calibrate(width: number, height: number, targetMs: number): FractalParams {
  const probe = { width, height, iterations: 400 };
  const out = new Uint8ClampedArray(width * height * 4);
  const rows = 4;
  let best = Infinity;
  for (let round = 0; round < 4; round++) {
    const t0 = performance.now();
    for (let y = 0; y < rows; y++) renderRow(probe, y, out);
    best = Math.min(best, performance.now() - t0);
  }
  const perIteration = Math.max(1e-6, best / (rows * width * probe.iterations));
  return { width, height, iterations: Math.max(20, Math.round(targetMs / (perIteration * width * height))) };
}
