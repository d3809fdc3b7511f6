// Recipe: PixiJS. The application's Ticker drives the runtime through hostFrames(): tasks
// step on the ticks PixiJS renders (at its maxFPS, paused when the ticker stops). The
// devtools panel is mounted floating.
import { Application, Graphics } from 'pixi.js';
import { mountDevtools, type DevtoolsHandle } from '../../lib/devtools/index.js';
import { createRuntime, hostFrames, type Runtime } from '../../lib/index.js';

/** What {@link startPixiApp} returns. */
export interface PixiApp {
  readonly runtime: Runtime;
  readonly app: Application;
  readonly devtools: DevtoolsHandle;
  /** Ticks PixiJS ran (each one ticked the runtime). */
  ticks(): number;
  dispose(): void;
}

/**
 * A rotating square drawn by PixiJS, with a frametasks runtime on its ticker.
 *
 * @example
 * ```ts
 * const pixi = await startPixiApp(canvas);
 * pixi.runtime.run(decodeAtlas, { description: 'atlas', kind: 'sliced' });
 * ```
 */
export async function startPixiApp(canvas: HTMLCanvasElement): Promise<PixiApp> {
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames, budgetMs: 4 });
  const app = new Application();
  await app.init({ canvas, width: canvas.width, height: canvas.height, preference: 'webgl', background: '#10141c' });
  const square = new Graphics().rect(-40, -40, 80, 80).fill(0x38d39f);
  square.position.set(canvas.width / 2, canvas.height / 2);
  app.stage.addChild(square);
  let ticks = 0;
  // high priority: tasks run before the scene's own update and the render
  app.ticker.add(
    () => {
      ticks++;
      host.tick();
    },
    undefined,
    50,
  );
  app.ticker.add((ticker) => (square.rotation += 0.02 * ticker.deltaTime));
  const devtools = mountDevtools(runtime, { corner: 'bottom-right', storageKey: 'pixi-devtools' });
  return {
    runtime,
    app,
    devtools,
    ticks: () => ticks,
    dispose: () => {
      devtools.unmount();
      runtime.dispose();
      app.destroy();
    },
  };
}
