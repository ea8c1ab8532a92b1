/**
 * Message catalogues: one object of messages per language, the English one defining the shape
 * (`Messages<typeof en>`), so the compiler refuses a Swedish catalogue that lacks a key or has one
 * too many. A message is a string, or a function from its values to a string. `catalogueKeys`
 * flattens a catalogue to its dotted keys, for tests that check both languages say everything.
 * O(keys).
 */
import type { Lang } from './lang.js';

/** A message: text, or text made from values. */
export type Message = string | ((...values: never[]) => string);

/** A tree of messages. */
export interface MessageTree {
  readonly [key: string]: Message | MessageTree;
}

/** Every language's messages, of the same shape. */
export type Catalogue<T extends MessageTree> = Readonly<Record<Lang, T>>;

/** The dotted keys of a catalogue's leaves, sorted. */
export function catalogueKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'object' ? catalogueKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort();
}

/** The leaf at a dotted key, or undefined. */
export function messageAt(tree: MessageTree, key: string): Message | undefined {
  let node: Message | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'object' ? undefined : node;
}
