// Recipe: three.js. The renderer's setAnimationLoop drives the runtime through hostFrames():
// one tick per rendered frame, so tasks step exactly on the frames three.js draws (and
// pause with it, e.g. in WebXR sessions). The devtools panel is mounted floating.
import { BoxGeometry, Mesh, MeshNormalMaterial, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { mountDevtools, type DevtoolsHandle } from '../../lib/devtools/index.js';
import { createRuntime, hostFrames, type Runtime } from '../../lib/index.js';

/** What {@link startThreeApp} returns. */
export interface ThreeApp {
  readonly runtime: Runtime;
  readonly renderer: WebGLRenderer;
  readonly devtools: DevtoolsHandle;
  /** Frames three.js rendered (each one ticked the runtime). */
  frames(): number;
  dispose(): void;
}

/**
 * A spinning cube rendered by three.js, with a frametasks runtime on its animation loop.
 *
 * @example
 * ```ts
 * const app = startThreeApp(canvas);
 * app.runtime.run(() => loadLevel(), { description: 'load level', kind: 'sliced' });
 * ```
 */
export function startThreeApp(canvas: HTMLCanvasElement): ThreeApp {
  const host = hostFrames();
  const runtime = createRuntime({ frames: host.frames, budgetMs: 4 });
  const renderer = new WebGLRenderer({ canvas });
  const scene = new Scene();
  const camera = new PerspectiveCamera(60, canvas.width / canvas.height, 0.1, 10);
  camera.position.z = 2;
  const cube = new Mesh(new BoxGeometry(), new MeshNormalMaterial());
  scene.add(cube);
  let frames = 0;
  renderer.setAnimationLoop((time: number) => {
    frames++;
    host.tick(); // tasks run first, then the scene is drawn with their results
    cube.rotation.set(time / 1000, time / 700, 0);
    renderer.render(scene, camera);
  });
  const devtools = mountDevtools(runtime, { corner: 'bottom-left', storageKey: 'three-devtools' });
  return {
    runtime,
    renderer,
    devtools,
    frames: () => frames,
    dispose: () => {
      renderer.setAnimationLoop(null);
      devtools.unmount();
      runtime.dispose();
      renderer.dispose();
    },
  };
}
