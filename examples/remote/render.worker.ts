// A worker process of the remote example: `node render.worker.js <redis-url> <queue>`. In real
// use this runs on other machines; here the example starts two of them.
import { serveQueue, type RemoteJobContext } from '../../lib/remote/index.js';

const [url = 'redis://127.0.0.1:6379', queue = 'renders'] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const connection = { host: hostname, port: Number(port) };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => (clearTimeout(timer), reject(signal.reason as Error));
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

const server = serveQueue(
  { queue, connection, concurrency: 3, lockDuration: 3_000 },
  {
    /** Renders `frames` frames of a scene, reporting progress; stops when told to. */
    async render(data: { scene: string; frames: number }, ctx: RemoteJobContext) {
      for (let i = 1; i <= data.frames; i++) {
        await sleep(60, ctx.signal);
        ctx.progress(Math.round((i / data.frames) * 100) / 100);
      }
      return { scene: data.scene, frames: data.frames, by: process.pid };
    },
    broken(data: { scene: string }) {
      throw Object.assign(new Error(`scene ${data.scene} has no camera`), { name: 'SceneError', code: 'E_NO_CAMERA' });
    },
  },
);
void server.ready().then(() => console.log(`worker ${process.pid} ready`));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
