/** Attribute values for {@link h}: strings are set, `true` sets an empty attribute, false/undefined are skipped. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Creates an element with attributes and children (strings become text).
 *
 * @example
 * ```ts
 * h('button', { type: 'button', 'aria-pressed': 'false' }, 'Tree');
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/**
 * Sets `text` as the element's text unless it already is (skips the DOM write, which
 * matters when thousands of cells are refreshed each frame).
 *
 * @example
 * ```ts
 * setText(cell, '12.3 s');
 * ```
 */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * Sets or removes an attribute only when it changes.
 *
 * @example
 * ```ts
 * setAttr(row, 'data-status', 'running');
 * ```
 */
export function setAttr(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * A `<dl>` of label / value pairs; each value carries `data-<key>="<label>"` (tests and
 * styles find a figure by its label).
 *
 * @example
 * ```ts
 * factList([['status', 'failed']], 'fact'); // <dl><dt>status</dt><dd data-fact="status">failed</dd></dl>
 * ```
 */
export function factList(
  facts: readonly (readonly [string, string])[],
  key: string,
  attrs: Attrs = {},
): HTMLDListElement {
  return h('dl', attrs, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { [`data-${key}`]: k }, v)]));
}
