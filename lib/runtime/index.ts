export { createRuntime } from './create-runtime.js';
export { Runtime } from './runtime.js';
export type { RuntimeOptions } from './runtime-options.js';
