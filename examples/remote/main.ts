// npm run example:remote — remote tasks on BullMQ and Redis in the live table: starts
// redis-server (or uses REDIS_URL), two worker processes, and jobs of every outcome
// (completed, failed, unknown function, timeout, cancelled running and queued).
import { fileURLToPath } from 'node:url';
import { runRemoteDemo } from './remote-demo.js';

const statuses = await runRemoteDemo({
  workerScript: fileURLToPath(new URL('./render.worker.js', import.meta.url)),
  redisUrl: process.env.REDIS_URL,
  log: (text) => console.log(`${text}\n`),
});
console.log('final statuses:');
for (const [description, status] of Object.entries(statuses)) console.log(`  ${status.padEnd(9)} ${description}`);
