// The rxjs functions and classes frametasks uses beyond the scheduler, imported in one
// place. A bundler keeps one `import { ... } from 'rxjs'` statement per module that imports
// rxjs (esbuild does not merge them): imported through here, a bundle of the whole library
// carries one statement instead of thirty. The scheduler's own modules import rxjs directly,
// so that a scheduler-only bundle does not take this list.
export {
  AsyncSubject,
  BehaviorSubject,
  EMPTY,
  Observable,
  Subject,
  Subscriber,
  Subscription,
  asapScheduler,
  asyncScheduler,
  catchError,
  concat,
  concatMap,
  defer,
  filter,
  finalize,
  firstValueFrom,
  from,
  ignoreElements,
  isObservable,
  map,
  scan,
  tap,
} from 'rxjs';
