export * from './errors.js';
export * from './frames/index.js';
export * from './scheduler/index.js';
export * from './operators/index.js';
export * from './timing/index.js';
export * from './tasks/index.js';
export * from './runtime/index.js';
export * from './threads/index.js';
