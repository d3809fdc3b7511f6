// The browser demo page: wires the runtime, the animation, the frame graph, the buttons and
// the devtools panel (inline, plus the floating one) together, and exposes
// `window.__frametasksDemo` for the e2e test.
import { mountDevtools } from '../../lib/devtools/index.js';
import { animationFrames, createRuntime, workerPool } from '../../lib/index.js';
import { FETCHES, launchFetch, launchJob, type JobMode } from './controls.js';
import { installDemoApi } from './demo-api.js';
import { calibrate, type FractalImage } from './fractal-job.js';
import { FrameGaps } from './frame-gaps.js';
import { drawFrameGraph } from './frame-graph.js';
import { startThreadJobs } from '../demo/thread-jobs.js';
import { flood } from './flood.js';
import { createScene } from './scene.js';
import { mountSearchBox } from './search-box.js';

const BUDGET_MS = 8;
const JOB_TARGET_MS = 320;

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};
const onClick = (id: string, handler: () => void): void => byId(id).addEventListener('click', handler);

const runtime = createRuntime({ frames: animationFrames(), budgetMs: BUDGET_MS, workers: workerPool() });
const params = calibrate(320, 200, JOB_TARGET_MS);
const gaps = new FrameGaps(300);

byId('job-size').textContent =
  `${params.width}×${params.height} px, ${params.iterations} iterations/px (≈ ${JOB_TARGET_MS} ms of CPU)`;
runtime.scheduler.stats$.subscribe((s) => gaps.addBusy(s.busyMs));

const drawScene = createScene(byId<HTMLCanvasElement>('scene'));
const graph = byId<HTMLCanvasElement>('frame-graph');
const readout = byId('gap-readout');
gaps.start((time) => {
  drawScene(time);
  drawFrameGraph(graph, gaps.samples, BUDGET_MS);
  const last = gaps.samples.slice(-60);
  const worst = Math.max(0, ...last.map((s) => s.gapMs));
  readout.textContent = `worst gap, last 60 frames: ${worst.toFixed(1)} ms`;
});

// Inline in the page's layout, and floating (toggle at the bottom right, Alt+Shift+D).
const inline = mountDevtools(runtime, { container: byId('tasks-panel'), hotkey: false });
const floating = mountDevtools(runtime, { captureStacks: true });

const showResult = (mode: JobMode) => (image: FractalImage, ms: number) => {
  const canvas = byId<HTMLCanvasElement>(`result-${mode}`);
  canvas.width = params.width;
  canvas.height = params.height;
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(image), params.width, params.height), 0, 0);
  const caption = canvas.parentElement?.querySelector('figcaption');
  if (caption) caption.textContent = `${mode}: ${Math.round(ms)} ms`;
};
const jobs: JobMode[] = ['naive', 'sliced', 'worker'];
const launch = (mode: JobMode): string => launchJob(runtime, params, mode, showResult(mode));
for (const mode of jobs) onClick(`run-${mode}`, () => launch(mode));
for (const which of Object.keys(FETCHES) as (keyof typeof FETCHES)[]) {
  onClick(`fetch-${which}`, () => launchFetch(runtime, which));
}
mountSearchBox(runtime, {
  input: byId<HTMLInputElement>('search'),
  spinner: byId('search-spinner'),
  result: byId('search-result'),
});
// the terminal demo's thread family (a master and two sensors), stopped after 60 s
onClick('run-threads', () => startThreadJobs(runtime, 60_000));

installDemoApi({
  params,
  gaps,
  rows: () => runtime.table$.value,
  launch,
  budgetMs: BUDGET_MS,
  flood: (count, running) => flood(runtime, count, running),
  cancelActive: () => runtime.cancelActive(),
  tableObserved: () => runtime.table$.observed,
  framesActive: () => runtime.scheduler.framesActive,
  panels: { inline: inline.element, floating: floating.element },
});
