import { createThread } from '../../lib/threads/create-thread';
import type { ThreadHandle } from '../../lib/threads/thread-handle';
import type { ThreadNode } from '../../lib/threads/thread-node';
import { virtual } from './virtual';

const render = (n: ThreadNode): string =>
  `${n.name}:${n.status}${n.children.length ? `(${n.children.map(render).join(' ')})` : ''}`;

describe('tree$ and events$', () => {
  it('gives the hierarchy with statuses once per frame, shows an ended child once, then prunes it', () => {
    const snapshots: string[] = [];
    let a!: ThreadHandle;
    virtual(({ scheduler, at }) => {
      const root = createThread(
        {
          name: 'root',
          enter: (ctx) => {
            a = ctx.spawn({ name: 'a' });
            ctx.spawn({ name: 'b', enter: (c) => void c.spawn({ name: 'b1' }) });
          },
        },
        { scheduler },
      ).start();
      root.tree$.subscribe((t) => snapshots.push(`${render(t)}@${scheduler.now()}`));
      at(25, () => void a.stop());
      at(55, () => void root.stop());
    });
    // a snapshot is taken at the end of a frame with changes; 'a' shows as stopped once
    expect(snapshots).toEqual([
      'root:starting@0',
      'root:running(a:running b:running(b1:running))@10',
      'root:running(a:stopped b:running(b1:running))@35',
      'root:stopped(b:stopped(b1:stopped))@65',
    ]);
  });

  it('emits every status change synchronously on events$ with parent ids', () => {
    const events: string[] = [];
    virtual(({ scheduler, at }) => {
      const root = createThread({ name: 'root', enter: (ctx) => void ctx.spawn({ name: 'kid' }) }, { scheduler });
      root.events$.subscribe((e) => events.push(`${e.name}<${e.parentId ?? '-'}>:${e.status}@${e.time}`));
      root.start();
      at(15, () => void root.stop());
    });
    expect(events).toEqual([
      'root<->:starting@0',
      'kid<thread-1>:starting@10',
      'kid<thread-1>:running@10',
      'root<->:running@10',
      'root<->:stopping@15',
      'kid<thread-1>:stopping@25',
      'kid<thread-1>:stopped@25',
      'root<->:stopped@25',
    ]);
  });
});
