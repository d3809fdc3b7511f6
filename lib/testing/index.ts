export { marbleFrames } from './marble-frames.js';
export { simulatedClock, type SimulatedClock } from './simulated-clock.js';
export { testFrameScheduler, type TestFrameSchedulerOptions } from './test-frame-scheduler.js';
export * from '../workers/testing/index.js';
