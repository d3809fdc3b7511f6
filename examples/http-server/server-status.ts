/**
 * What the server worker gets: the port (0 picks a free one) and the greeting its
 * handler answers with (`${greeting} ${url}`).
 *
 * @example
 * ```ts
 * const args: ServerArgs = { port: 0, greeting: 'hello from' };
 * ```
 */
export interface ServerArgs {
  readonly port: number;
  readonly greeting: string;
}

/**
 * What the server reports as progress (seed 002's status queue, drained on frames).
 *
 * @example
 * ```ts
 * ctx.progress({ state: 'running', port: 8080, requests: 0 } satisfies ServerStatus);
 * ```
 */
export type ServerStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'running'; readonly port: number; readonly requests: number }
  | { readonly state: 'stopping'; readonly port: number; readonly requests: number };

/**
 * The task's result once the server has closed after a `'stop'` message.
 *
 * @example
 * ```ts
 * const { port, requests }: ServerSummary = await server.stop();
 * ```
 */
export interface ServerSummary {
  readonly state: 'stopped';
  readonly port: number;
  readonly requests: number;
}
