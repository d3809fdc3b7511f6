export { delayFrames } from './delay-frames.js';
export { observeOnFrames } from './observe-on-frames.js';
