export { later } from './later.js';
export { every } from './every.js';
export { afterFrames, everyFrames, everyMs } from './frame-waits.js';
export { type LaterOptions, type EveryOptions, laterOptionsSchema, everyOptionsSchema } from './later-options.js';
export { type Owner, ownerSchema, ownerEnded } from './owner.js';
export { bindToOwner } from './bind-owner.js';
export { watchDispose } from './dispose-watch.js';
