export type { Frame, FrameSource } from './frame.js';
export { frameClock, type Clock } from './frame-clock.js';
export { countFrames } from './frame-counter.js';
export { intervalFrames } from './interval-frames.js';
export { animationFrames } from './animation-frames.js';
export { hostFrames, type HostFrames } from './host-frames.js';
