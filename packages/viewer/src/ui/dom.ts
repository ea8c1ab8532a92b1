/**
 * Building DOM without HTML strings: `el(tag, props, ...children)` where every string child
 * becomes a text node. Names from data therefore always show as the characters they are; nothing
 * here ever assigns innerHTML.
 */
import { LOCALES, type Lang } from '@kedja/core/i18n';

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  [attribute: string]: string | number | boolean | undefined | ((event: Event) => void);
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') element.className = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/**
 * Items as a list in the language's way, each item a node or text: "A, B and C" / "A, B och C"
 * (`Intl.ListFormat`'s parts, so that the items may be elements such as <strong>).
 */
export function listOf(lang: Lang, items: readonly Child[]): Child[] {
  const parts = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).formatToParts(items.map((_, i) => `${i}`));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
}

/**
 * Runs `render`, which may replace the focused element, and gives the focus back to the element
 * that took its place (the same `id`, or the same `data-focus` key), or else to `fallback()`: a
 * keyboard user keeps their place when a panel is drawn anew. Does nothing when the focus was on
 * the page itself or its element is still there.
 */
export function keepingFocus(render: () => void, fallback: () => HTMLElement | null): void {
  const before = document.activeElement;
  const key = before instanceof HTMLElement ? before.id || before.dataset.focus : undefined;
  render();
  if (!(before instanceof HTMLElement) || before === document.body || before.isConnected) return;
  const again = key
    ? (document.getElementById(key) ?? document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`))
    : null;
  (again ?? fallback())?.focus();
}
