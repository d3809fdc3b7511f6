// npm run example:marble-testing — the pipeline lives in sensor-pipeline.ts; its marble
// spec (spec/examples/marble-testing.spec.ts) is the point of this example.
import { of } from 'rxjs';
import { createRuntime, intervalFrames } from '../../lib/index.js';
import { calibrate } from './sensor-pipeline.js';

const runtime = createRuntime({ frames: intervalFrames(60) });
const id = calibrate(runtime, of(20.04, Number.NaN, 20.11));
console.log(`calibrated at ${await runtime.resultPromise<number>(id)} (real time, 60 fps frames)`);
runtime.dispose();
console.log('The same pipeline in virtual time, frame by frame:');
console.log('  npx jest spec/examples/marble-testing.spec.ts');
