import type { RemoteErrorData } from '../protocol.js';

/**
 * Turns anything thrown in a worker into plain data that survives `postMessage`.
 *
 * @example
 * ```ts
 * toRemoteError(new TypeError('bad')); // { name: 'TypeError', message: 'bad', stack: '...', code: undefined }
 * ```
 */
export function toRemoteError(error: unknown): RemoteErrorData {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      stack: error.stack,
      code: typeof code === 'string' ? code : undefined,
    };
  }
  return { name: 'Error', message: `non-error thrown: ${safeString(error)}`, stack: undefined, code: undefined };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return describeOpaque(value);
  }
}

/** A cycle without a prototype defeats both JSON and String: never throw from here (the worker would crash). */
function describeOpaque(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
