// The page the e2e test opens: runs the three.js and PixiJS recipes against the real
// packages and publishes them on `window.__recipes`.
import { startPixiApp, type PixiApp } from './pixi-ticker.js';
import { startThreeApp, type ThreeApp } from './three-loop.js';

declare global {
  interface Window {
    __recipes?: { readonly three: ThreeApp; readonly pixi: PixiApp };
  }
}

const canvas = (id: string): HTMLCanvasElement => {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLCanvasElement)) throw new Error(`#${id} is missing from recipes.html`);
  return element;
};

const three = startThreeApp(canvas('three'));
const pixi = await startPixiApp(canvas('pixi'));
window.__recipes = { three, pixi };
