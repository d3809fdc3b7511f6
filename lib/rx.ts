// The rxjs functions and classes frametasks uses, imported in one place. A bundler keeps one
// `import { ... } from 'rxjs'` statement per module that imports rxjs (esbuild does not merge
// them): imported through here, a bundle of the whole library carries two statements instead
// of thirty-seven. (That is bytes only where rxjs stays outside the bundle, as in the size
// budgets and in builds that load rxjs separately; a bundle that includes rxjs has no import
// statements left either way.) The frame sources and the scheduler import through
// rx-frames.ts alone, so that a scheduler-only bundle takes only the names it uses.
export {
  AsyncSubject,
  BehaviorSubject,
  EMPTY,
  Subscriber,
  asapScheduler,
  asyncScheduler,
  catchError,
  concat,
  concatMap,
  filter,
  finalize,
  firstValueFrom,
  from,
  ignoreElements,
  scan,
  tap,
} from 'rxjs';
export { Observable, Subject, Subscription, defer, isObservable, map } from './rx-frames.js';
