/**
 * Reading a parsed XML document the way eForms is written: elements by their local name (the
 * `cac:`, `cbc:`, `efac:` and `efbc:` prefixes vary between producers, the names do not), along
 * exact paths of direct children, so that an identifier nested elsewhere (a service provider's
 * party inside a buyer's, a privacy note's date inside a result) is never taken for the one meant.
 * O(children) per step.
 */

/** The few DOM members read here (the DOM typings are not part of this Node project). */
export interface XmlNode {
  nodeType: number;
  localName?: string | null;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;

/** The direct child elements of `node` named `name` (any prefix). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  if (node === undefined) return found;
  const nodes = node.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const child = nodes[i]!;
    if (child.nodeType === ELEMENT && child.localName === name) found.push(child);
  }
  return found;
}

/** The first element at the end of `path` (names of direct children, one per level), or undefined. */
export function first(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) {
    current = children(current, name)[0];
    if (current === undefined) return undefined;
  }
  return current;
}

/** Every element at the end of `path`, in document order. */
export function every(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let level: XmlNode[] = node === undefined ? [] : [node];
  for (const name of path) level = level.flatMap((each) => children(each, name));
  return level;
}

/** The trimmed text of `node` ('' when absent). */
export const text = (node: XmlNode | undefined): string => node?.textContent?.trim() ?? '';

/** The trimmed text at the end of `path` ('' when absent). */
export const textAt = (node: XmlNode | undefined, ...path: string[]): string => text(first(node, ...path));

/** The texts of every element at the end of `path`, empty ones left out. */
export const textsAt = (node: XmlNode | undefined, ...path: string[]): string[] =>
  every(node, ...path)
    .map(text)
    .filter((value) => value !== '');

/** An attribute of `node` ('' when absent). */
export const attribute = (node: XmlNode | undefined, name: string): string => node?.getAttribute?.(name) ?? '';
