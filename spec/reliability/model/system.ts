import { Observable, of, Subject } from 'rxjs';
import type { Work } from '../../../lib/tasks/work';
import { LiveCounter } from '../../support/counting';
import { pumpedRuntime, type Pumped } from '../../support/pumped-runtime';
import type { Kind, ModelTask } from './model';

/** The real runtime plus the handles the commands use to drive each task's work. */
export class System {
  readonly world: Pumped;
  readonly work = new LiveCounter();
  liveGenerators = 0;
  /** The most subject and generator works live at once since {@link resetPeak}: tasks really running. */
  peakLive = 0;
  readonly subjects = new Map<string, Subject<number>>();
  readonly generators = new Map<string, { request: 'complete' | 'fail' | undefined }>();
  private next: { subject?: Subject<number>; control?: { request: 'complete' | 'fail' | undefined } } = {};

  constructor(maxConcurrent: number, clearAfter: number) {
    this.world = pumpedRuntime({ maxConcurrent, clearAfter, budgetMs: 8 });
  }

  get runtime() {
    return this.world.runtime;
  }

  /** Builds the work for a kind; `adopt(id)` then files its handle under the task id. */
  makeWork(kind: Kind, value: number): Work<number> {
    this.next = {};
    switch (kind) {
      case 'value':
        return this.work.wrap(of(value));
      case 'throw':
        return () => {
          throw new Error(`work ${value} threw`);
        };
      case 'subject': {
        const subject = new Subject<number>();
        this.next.subject = subject;
        const counted = this.work.wrap(subject);
        return new Observable<number>((subscriber) => {
          const inner = counted.subscribe(subscriber);
          this.notePeak();
          return inner;
        });
      }
      case 'generator':
        return this.generator(value);
    }
  }

  /** Starts counting the peak from what is live now. */
  resetPeak(): void {
    this.peakLive = this.liveGenerators + this.work.live;
  }

  private notePeak(): void {
    this.peakLive = Math.max(this.peakLive, this.liveGenerators + this.work.live);
  }

  adopt(id: string): void {
    if (this.next.subject) this.subjects.set(id, this.next.subject);
    if (this.next.control) this.generators.set(id, this.next.control);
    this.next = {};
  }

  /** Live work subscriptions and generators the model says are running. */
  expectedLive(tasks: readonly ModelTask[]): { work: number; generators: number } {
    const running = tasks.filter((t) => t.status === 'running');
    return {
      work: running.filter((t) => t.kind === 'subject').length,
      generators: running.filter((t) => t.kind === 'generator').length,
    };
  }

  private generator(value: number): Work<number> {
    const control: { request: 'complete' | 'fail' | undefined } = { request: undefined };
    this.next.control = control;
    const count = (delta: number) => {
      this.liveGenerators += delta;
      this.notePeak();
    };
    return function* () {
      count(1);
      try {
        // One yield per frame is enough: the clock stands still inside a frame, so the
        // budget never runs out and the stepper's own step cap ends the slice.
        for (;;) {
          if (control.request === 'complete') return value;
          if (control.request === 'fail') throw new Error(`generator ${value} failed`);
          yield 0;
        }
      } finally {
        count(-1);
      }
    };
  }
}
