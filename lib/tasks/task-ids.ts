import { nanoid } from 'nanoid';

/**
 * Makes a task-id generator: one random nanoid prefix per generator plus a base-36
 * sequence number. Ids stay unique across managers and processes (the prefix) while a
 * task costs a counter increment instead of a full nanoid (about 1 µs of random bytes
 * and string building, more than the rest of a trivial task's lifecycle), and short ids
 * stay under 13 characters, so V8 keeps them flat strings that hash fast in the maps.
 *
 * @example
 * ```ts
 * const nextId = taskIdGenerator();
 * nextId(); // 'V1StGX-0'
 * ```
 */
export function taskIdGenerator(): () => string {
  const prefix = `${nanoid(6)}-`;
  let seq = 0;
  return () => prefix + (seq++).toString(36);
}
