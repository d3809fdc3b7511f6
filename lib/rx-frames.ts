// The rxjs functions and classes the frame sources and the scheduler use, imported in one
// place (see rx.ts for why): a scheduler-only bundle carries one import statement for all of
// them, and uses every name it lists.
export { Observable, Subject, Subscription, animationFrames, defer, interval, isObservable, map } from 'rxjs';
