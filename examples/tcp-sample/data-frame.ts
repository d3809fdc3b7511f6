/**
 * A frame rebuilt from one client connection: which connection, its sequence number on
 * that connection, and the payload as text.
 *
 * @example
 * ```ts
 * const frame: DataFrame = { connection: 'c1', seq: 0, text: 'temperature=21.5' };
 * ```
 */
export interface DataFrame {
  readonly connection: string;
  readonly seq: number;
  readonly text: string;
}

/**
 * What flows IN to a data processor: packets, then `end` when the socket closed.
 *
 * @example
 * ```ts
 * processor.send({ kind: 'packet', data: chunk });
 * processor.send({ kind: 'end' });
 * ```
 */
export type ProcessorIn = { readonly kind: 'packet'; readonly data: Buffer } | { readonly kind: 'end' };
