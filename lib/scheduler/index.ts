export { FrameScheduler } from './frame-scheduler.js';
export type { FrameBudget } from './frame-budget.js';
export type { FrameSchedulerOptions } from './frame-scheduler-options.js';
export { frameSchedulerSchema } from './frame-scheduler-schema.js';
export type { FrameStats } from './frame-stats.js';
export type { FramePhase, FramePhases } from './frame-phases.js';
