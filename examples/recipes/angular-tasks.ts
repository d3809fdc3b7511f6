// Recipe: Angular. The table as a signal through toSignal (table$ is a BehaviorSubject, so
// requireSync holds); the devtools panel mounted after the first render, removed on destroy.
import { Component, DestroyRef, ElementRef, InjectionToken, afterNextRender, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { mountDevtools } from '../../lib/devtools/index.js';
import type { Runtime } from '../../lib/index.js';

/** Provide the app's runtime with `{ provide: RUNTIME, useValue: createRuntime(...) }`. */
export const RUNTIME = new InjectionToken<Runtime>('frametasks runtime');

@Component({
  selector: 'app-tasks',
  template: `
    <p>{{ running() }} of {{ rows().length }} tasks running</p>
    <div class="devtools"></div>
  `,
})
export class TasksComponent {
  private readonly runtime = inject(RUNTIME);
  readonly rows = toSignal(this.runtime.table$, { requireSync: true });
  readonly running = computed(() => this.rows().filter((row) => row.status === 'running').length);

  constructor() {
    const host: HTMLElement = inject(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const devtools = mountDevtools(this.runtime, { container: host.querySelector<HTMLElement>('.devtools')! });
      destroyRef.onDestroy(() => devtools.unmount());
    });
  }
}
