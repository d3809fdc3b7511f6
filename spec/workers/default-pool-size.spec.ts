import os from 'node:os';
import { defaultPoolSize } from '../../lib/workers/default-pool-size';
import { WorkerPool } from '../../lib/workers/worker-pool';
import { immediateDelivery } from '../../lib/workers/immediate-delivery';

describe('defaultPoolSize: a core left to the main thread', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 3],
    [5, 4],
    [16, 4],
  ])('on %i cores it is %i', (cores, size) => {
    jest.spyOn(os, 'availableParallelism').mockReturnValue(cores);
    expect(defaultPoolSize()).toBe(size);
    expect(new WorkerPool({ scheduler: immediateDelivery }).size).toBe(size);
  });
});
