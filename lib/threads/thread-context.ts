// ThreadContext and SpawnOptions are declared with ThreadSpec (they refer to each other).
export type { SpawnOptions, ThreadContext } from './thread-spec.js';
