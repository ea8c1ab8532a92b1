/**
 * GraphML as yEd writes it, made readable for graphology-graphml: yEd's own keys (`yfiles.type`:
 * node and edge graphics, ports, resources) and their data are taken out, the text of each node's
 * first non-empty `NodeLabel` kept as the node's label (what yEd shows, and so its name in Kedja);
 * keys `for="graphml"` or `for="port"`, which graphology does not know, are taken out; a key
 * `for="all"` is given to graphs, nodes and edges alike; a key without `attr.name` is named by its
 * id. Kedja's own GraphML has none of these and passes unchanged. O(size of the document).
 * Reference: yWorks, "GraphML extensions of yEd" (yfiles.type keys).
 */

/** The DOM members used here (the DOM typings are not part of this Node project). */
interface DomElement {
  localName?: string | null;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomElement>;
  parentNode: DomElement | null;
  nextSibling: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  removeChild(child: DomElement): void;
  insertBefore(child: DomElement, before: DomElement | null): void;
  cloneNode(deep: boolean): DomElement;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

const KNOWN_FOR = new Set(['graph', 'node', 'edge']);

const elements = (root: { getElementsByTagName(name: string): ArrayLike<DomElement> }, tag: string) =>
  Array.from(root.getElementsByTagName(tag));

/** The text directly inside `element` (not inside its child elements), trimmed. */
function ownText(element: DomElement): string {
  let text = '';
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i]!;
    if (child.nodeType === 3 || child.nodeType === 4) text += child.textContent ?? '';
  }
  return text.trim();
}

/** The first non-empty NodeLabel text under `element`, at any depth. */
function nodeLabel(element: DomElement): string | undefined {
  const stack = [element];
  while (stack.length > 0) {
    const current = stack.shift()!;
    if (current.localName === 'NodeLabel') {
      const text = ownText(current);
      if (text !== '') return text;
    }
    for (let i = 0; i < current.childNodes.length; i++) {
      const child = current.childNodes[i]!;
      if (child.nodeType === 1) stack.push(child);
    }
  }
  return undefined;
}

/** Rewrites the keys of a parsed GraphML document as above; returns the yEd labels by node id. */
export function normaliseGraphmlKeys(document: unknown): Map<string, string> {
  const root = document as { getElementsByTagName(name: string): ArrayLike<DomElement> };
  const labels = new Map<string, string>();
  const dropped = new Set<string>();
  for (const key of elements(root, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const target = key.getAttribute('for') ?? 'node';
    if (key.hasAttribute('yfiles.type') || !(KNOWN_FOR.has(target) || target === 'all')) {
      dropped.add(id);
      key.parentNode?.removeChild(key);
      continue;
    }
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', id);
    if (target === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true);
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key.nextSibling);
      }
    }
  }
  if (dropped.size === 0) return labels;
  for (const data of elements(root, 'data')) {
    if (!dropped.has(data.getAttribute('key') ?? '')) continue;
    const owner = data.parentNode;
    if (owner?.localName === 'node') {
      const id = owner.getAttribute('id');
      const label = nodeLabel(data);
      if (id !== null && label !== undefined && !labels.has(id)) labels.set(id, label);
    }
    owner?.removeChild(data);
  }
  return labels;
}
