import { randomBytes } from 'node:crypto';

/** 72 random bits drawn once per process: ids of different processes differ by it. */
let prefix: string | undefined;
let count = 0;

/**
 * A new BullMQ job id for a job this process adds: `ft-<72 random bits>-<counter>`, unique
 * across processes and restarts like a UUID, but a counter step instead of a
 * `randomUUID()` per job (which refills its entropy cache every 128 ids and builds a
 * 36-character string) and 16–22 characters instead of 36 in every key, event and reply
 * that names the job. Never an integer (BullMQ refuses those) and free of `:`.
 *
 * @example
 * ```ts
 * newJobId(); // 'ft-q3Zk1V8mYw0b-1'
 * ```
 */
export function newJobId(): string {
  prefix ??= `ft-${randomBytes(9).toString('base64url')}-`;
  return prefix + (++count).toString(36);
}

/**
 * Whether `jobId` was drawn by {@link newJobId} in this process: a job this process added
 * itself, which `mirror` must not adopt as another producer's (its own row may have ended
 * before the job's `added` event arrived: a cancel while the add was in flight).
 *
 * @example
 * ```ts
 * isOwnJobId(newJobId()); // true
 * isOwnJobId('report-1'); // false
 * ```
 */
export function isOwnJobId(jobId: string): boolean {
  return prefix !== undefined && jobId.startsWith(prefix);
}
