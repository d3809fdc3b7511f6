import workerpool from 'workerpool';
import { spinMs } from './workers-spin.js';

workerpool.worker({ noop: (n: number) => n, cpu: (ms: number) => spinMs(ms) });
