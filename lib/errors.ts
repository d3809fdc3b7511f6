// Every error frametasks throws or reports: named classes with a `code` (see ErrorCodes),
// one file per family in errors/. The library and its users import them from here.
export * from './errors/frametasks-error.js';
export * from './errors/task-errors.js';
export * from './errors/worker-errors.js';
export * from './errors/thread-errors.js';
export * from './errors/remote-errors.js';
export * from './errors/error-codes.js';
