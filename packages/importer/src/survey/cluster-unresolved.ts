/**
 * Evidence across respondents: the spellings that fit no catalogue entry, clustered with one
 * another so that "Vklass", "V-klass" and "VKlass AB", written by three respondents, become one
 * proposed new catalogue entry, not three new nodes. OpenRefine's key-collision methods (the same
 * key, fingerprint, n-gram fingerprint; here also the same name without editions and words such
 * as "hosting" or "system", and the same phonetic key with a close spelling) and its nearest-neighbour method (Levenshtein similarity of
 * the keys at least the threshold) link two spellings of the same kind; clusters are the
 * connected groups (union-find). A spelling a reviewer mapped to a new id anchors its cluster to
 * that id, and two clusters anchored to different ids are never joined. A cluster is named by its
 * most written spelling (the first written, on a tie). O(n) for the keys and O(n²/blocks) for the
 * nearest neighbours, compared only within a block of the same first letter.
 * Reference: OpenRefine, "Clustering in depth" (openrefine.org/docs/technical-reference/clustering-in-depth).
 */
import { keySimilarity } from './match-edit.js';
import { MIN_NGRAM_KEY } from './match-fingerprint.js';
import { PHONETIC_MIN_SIMILARITY } from './match-phonetic.js';
import { MIN_NEAR_KEY } from './match-prefix.js';
import type { NameKind } from './matcher-types.js';
import type { NameForms } from './name-forms.js';
import { GENERIC_WORDS } from './name-words.js';

export interface ClusterItem {
  /** The spelling's key (spelling-uses.ts). */
  key: string;
  kind: NameKind;
  raw: string;
  forms: NameForms;
  occurrences: number;
  /** A new node id a reviewer gave it. */
  anchor?: string;
}

export interface Cluster {
  /** The key new-nodes.ts groups by. */
  key: string;
  name: string;
  /** A reviewer's id for it. */
  id?: string;
  /** The methods that joined its spellings. */
  linkedBy: string[];
  size: number;
}

class UnionFind {
  private readonly parent: number[];
  readonly anchors: (string | undefined)[];
  readonly methods: Set<string>[];
  constructor(items: readonly ClusterItem[]) {
    this.parent = items.map((_, i) => i);
    this.anchors = items.map((item) => item.anchor);
    this.methods = items.map(() => new Set());
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number, method: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [anchorA, anchorB] = [this.anchors[ra], this.anchors[rb]];
    if (anchorA !== undefined && anchorB !== undefined && anchorA !== anchorB) return;
    this.parent[rb] = ra;
    this.anchors[ra] = anchorA ?? anchorB;
    for (const m of [...this.methods[rb]!, method]) this.methods[ra]!.add(m);
  }
}

/** The key without editions and words that say what kind of system it is ("City Network Hosting" -> citynetwork). */
const plainKey = (f: NameForms) => f.core.filter((token) => !GENERIC_WORDS.has(token)).join('') || f.coreKey;

const KEY_FORMS = [
  ['key', (f: NameForms) => f.key],
  ['fingerprint', (f: NameForms) => f.fingerprint],
  ['ngram', (f: NameForms) => (f.key.length >= MIN_NGRAM_KEY ? f.ngrams : '')],
  ['edition', plainKey],
] as const;

/** Links items that share a key form. */
function linkByKeys(items: readonly ClusterItem[], sets: UnionFind): void {
  for (const [method, form] of KEY_FORMS) {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const value = form(item.forms);
      if (value === '') return;
      const key = `${item.kind}\u0000${value}`;
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else sets.union(j, i, method);
    });
  }
}

/** Links near neighbours within blocks of the same kind and first letter. */
function linkNeighbours(items: readonly ClusterItem[], sets: UnionFind, threshold: number): void {
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.forms.coreKey.length < MIN_NEAR_KEY) return;
    const block = `${item.kind}\u0000${item.forms.coreKey[0]}`;
    const list = blocks.get(block);
    if (list) list.push(i);
    else blocks.set(block, [i]);
  });
  for (const members of blocks.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [items[members[x]!]!.forms, items[members[y]!]!.forms];
        const similarity = keySimilarity(a.coreKey, b.coreKey);
        if (similarity >= threshold) sets.union(members[x]!, members[y]!, 'edit');
        else if (a.phonetic === b.phonetic && similarity >= PHONETIC_MIN_SIMILARITY) {
          sets.union(members[x]!, members[y]!, 'phonetic');
        }
      }
    }
  }
}

/** Each item's cluster, by the item's key. */
export function clusterUnresolved(items: readonly ClusterItem[], threshold: number): Map<string, Cluster> {
  const sets = new UnionFind(items);
  linkByKeys(items, sets);
  linkNeighbours(items, sets, threshold);
  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = sets.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const clusters = new Map<string, Cluster>();
  for (const [root, group] of members) {
    const named = group.reduce((best, i) => (items[i]!.occurrences > items[best]!.occurrences ? i : best), group[0]!);
    const anchor = sets.anchors[root];
    const cluster: Cluster = {
      key: anchor !== undefined ? `id:${anchor}` : `cluster:${items[root]!.key}`,
      name: items[named]!.raw,
      ...(anchor !== undefined ? { id: anchor } : {}),
      linkedBy: [...sets.methods[root]!].sort(),
      size: group.length,
    };
    for (const i of group) clusters.set(items[i]!.key, cluster);
  }
  return clusters;
}
