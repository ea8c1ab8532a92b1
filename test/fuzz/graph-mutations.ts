/**
 * Mutations of graph files: graphology JSON (parsed, changed and written again, or changed as text
 * where JSON.stringify cannot write it: 1e309, __proto__ keys, deep nesting) and GEXF and GraphML
 * (changed as text: elements repeated or rewired, ids renamed, external entities, deep nesting).
 */
import { BAD_VALUES, HOSTILE, hugeValue, type Mutation } from './mutations.js';
import type { Rng } from './prng.js';
import type { Workspace } from './workspace.js';

interface JsonGraph {
  nodes?: { key: string; attributes?: Record<string, unknown> }[];
  edges?: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
  [key: string]: unknown;
}

function text(w: Workspace): string | null {
  const entry = w.entries.get(w.input);
  return entry?.type === 'text' ? entry.text : null;
}

const setText = (w: Workspace, value: string) => void w.entries.set(w.input, { type: 'text', text: value });

/** Changes the parsed JSON graph; null when the file is no longer JSON (an earlier mutation). */
function onJson(w: Workspace, change: (g: JsonGraph) => string | null): string | null {
  const before = text(w);
  if (before === null) return null;
  let graph: JsonGraph;
  try {
    graph = JSON.parse(before) as JsonGraph;
  } catch {
    return null;
  }
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges) || graph.nodes.length === 0) return null;
  const said = change(graph);
  if (said !== null) setText(w, JSON.stringify(graph, null, 2));
  return said;
}

function onText(w: Workspace, change: (t: string) => [string, string] | null): string | null {
  const before = text(w);
  const result = before === null ? null : change(before);
  if (result === null) return null;
  setText(w, result[0]);
  return result[1];
}

const show = (value: unknown) => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s;
};

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

/** Some JSON values of every type, and some hostile strings. */
function jsonValue(rng: Rng): unknown {
  return rng.pick<unknown>([
    null,
    [],
    {},
    true,
    -1,
    0.5,
    1e308,
    'x',
    rng.pick(BAD_VALUES),
    rng.pick(HOSTILE),
    ['a', 1],
  ]);
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

const JSON_MUTATIONS: Mutation[] = [
  {
    name: 'json-self-loop',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const edge = rng.pick(g.edges!);
        g.edges!.push({ ...edge, key: `${edge.key ?? 'e'}-loop`, target: edge.source });
        return `edge ${show(edge.source)} -> itself added`;
      }),
  },
  {
    name: 'json-duplicate',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const list = rng.chance(0.5) ? g.nodes! : g.edges!;
        const item = rng.pick<{ key?: string }>(list);
        (list as unknown[]).push(structuredClone(item));
        return `${list === g.nodes ? 'node' : 'edge'} ${show(item.key)} repeated`;
      }),
  },
  {
    name: 'json-hostile-key',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const from = rng.pick(g.nodes!).key;
        const to = rng.pick(HOSTILE);
        for (const n of g.nodes!) if (n.key === from) n.key = to;
        for (const e of g.edges!) {
          if (e.source === from) e.source = to;
          if (e.target === from) e.target = to;
          if (rng.chance(0.5)) delete e.key;
        }
        return `node ${show(from)} renamed to ${show(to)}`;
      }),
  },
  {
    name: 'json-unknown-endpoint',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const edge = rng.pick(g.edges!);
        edge[rng.chance(0.5) ? 'source' : 'target'] = 'fuzz-unknown';
        return `edge ${show(edge.key)} points at an unknown node`;
      }),
  },
  {
    name: 'json-bad-attribute',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const item = rng.pick<{ key?: string; attributes?: Record<string, unknown> }>(
          rng.chance(0.5) ? g.nodes! : g.edges!,
        );
        const attributes = (item.attributes ??= {});
        const keys = Object.keys(attributes);
        const key = keys.length > 0 && rng.chance(0.8) ? rng.pick(keys) : rng.pick(['name', 'kind', 'population']);
        const value = rng.chance(0.1) ? hugeValue(rng).text : jsonValue(rng);
        attributes[key] = value;
        return `${show(item.key)}: attribute ${key} set to ${show(value)}`;
      }),
  },
  {
    name: 'json-cycle',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const suppliers = g.nodes!.filter((n) => n.attributes?.kind === 'supplier').map((n) => n.key);
        if (suppliers.length < 2) return null;
        const [a, b] = [...suppliers].sort(() => rng.next() - 0.5) as [string, string];
        const attributes = { kind: 'subcontracts', critical: true };
        g.edges!.push({ source: a, target: b, attributes }, { source: b, target: a, attributes });
        return `subcontracts cycle ${a} <-> ${b} added`;
      }),
  },
  {
    // Edges without a key get one made of their ends: a -> "b<sep>c" and "a<sep>b" -> c must stay two edges.
    name: 'json-edge-key-collision',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const sep = rng.pick(['->', '\u0000', ':']);
        const [a, ab, bc, c] = ['fz-a', `fz-a${sep}b`, `b${sep}c`, 'c'];
        for (const key of [a, ab, bc, c])
          g.nodes!.push({ key, attributes: { kind: 'supplier', name: `Supplier ${key}` } });
        const attributes = { kind: 'subcontracts', critical: true };
        g.edges!.push({ source: a, target: bc, attributes }, { source: ab, target: c, attributes });
        return `keyless edges ${show(a)} -> ${show(bc)} and ${show(ab)} -> ${show(c)}`;
      }),
  },
  {
    name: 'json-shape',
    kinds: ['json'],
    apply: (w, rng) =>
      onJson(w, (g) => {
        const variant = rng.pick([
          'no-nodes',
          'nodes-object',
          'edges-null',
          'node-no-key',
          'edge-no-source',
          'kindless',
        ]);
        if (variant === 'no-nodes') delete g.nodes;
        else if (variant === 'nodes-object') (g as Record<string, unknown>).nodes = { a: 1 };
        else if (variant === 'edges-null') (g as Record<string, unknown>).edges = null;
        else if (variant === 'node-no-key') delete (rng.pick(g.nodes!) as { key?: string }).key;
        else if (variant === 'edge-no-source') delete (rng.pick(g.edges!) as { source?: string }).source;
        else for (const n of g.nodes!) delete n.attributes?.kind;
        return `shape: ${variant}`;
      }),
  },
  {
    name: 'json-text',
    kinds: ['json'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const variant = rng.pick(['1e309', '__proto__', 'deep', 'number-key', 'top-level']);
        // The first node's attributes, in the export's compact form and in JSON.stringify's indented one.
        const firstAttributes = /"attributes":\s*\{(\s*)"kind"/;
        const insert = (extra: string) => t.replace(firstAttributes, `"attributes": {$1${extra}, "kind"`);
        if (variant === '1e309') {
          const changed = t.replace(/("(?:population|employees|maxOutageHours|rank)":\s*)\d+/, '$11e309');
          return changed === t ? null : [changed, 'a number written 1e309'];
        }
        if (!firstAttributes.test(t) && variant !== 'top-level') return null;
        if (variant === '__proto__') {
          return [
            insert('"__proto__": { "kind": "supplier" }, "constructor": 1'),
            'attributes __proto__ and constructor',
          ];
        }
        if (variant === 'deep') {
          const depth = rng.pick([200, 300, 5_000, 100_000]);
          return [insert(`"deep": ${nested(depth)}`), `an attribute nested ${depth} deep`];
        }
        if (variant === 'number-key')
          return [t.replace(/"key":\s*"[^"]*"/, '"key": 12'), 'a node key written as a number'];
        return [rng.pick(['[]', 'null', '"graph"', '1e309', '{}']), 'the whole file replaced by another JSON value'];
      }),
  },
];

const ELEMENT = (tag: string) => new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');

function pickElement(t: string, tag: string, rng: Rng): RegExpExecArray | null {
  const all = [...t.matchAll(ELEMENT(tag))];
  return all.length > 0 ? rng.pick(all) : null;
}

const attribute = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

const XML_MUTATIONS: Mutation[] = [
  {
    name: 'xml-self-loop',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const edge = pickElement(t, 'edge', rng);
        const source = edge && attribute(edge[0], 'source');
        if (!edge || source === undefined) return null;
        const loop = edge[0]
          .replace(/\btarget="[^"]*"/, `target="${source}"`)
          .replace(/\bid="[^"]*"/, 'id="fuzz-loop"');
        return [t.replace(edge[0], `${edge[0]}\n${loop}`), `edge ${source} -> itself added`];
      }),
  },
  {
    name: 'xml-duplicate',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const tag = rng.pick(['node', 'edge']);
        const element = pickElement(t, tag, rng);
        if (!element) return null;
        return [t.replace(element[0], `${element[0]}\n${element[0]}`), `a ${tag} element repeated`];
      }),
  },
  {
    name: 'xml-hostile-id',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const node = pickElement(t, 'node', rng);
        const from = node && attribute(node[0], 'id');
        if (!from) return null;
        const to = escapeXml(rng.pick(HOSTILE));
        const changed = t.replace(/\b(id|source|target)="([^"]*)"/g, (all, key: string, value: string) =>
          value === from ? `${key}="${to}"` : all,
        );
        return [changed, `node ${show(from)} renamed to ${show(to)}`];
      }),
  },
  {
    name: 'xml-unknown-endpoint',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const edge = pickElement(t, 'edge', rng);
        if (!edge) return null;
        return [
          t.replace(edge[0], edge[0].replace(/\btarget="[^"]*"/, 'target="fuzz-unknown"')),
          'an edge to an unknown node',
        ];
      }),
  },
  {
    name: 'xml-reverse-edge',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const edge = pickElement(t, 'edge', rng);
        const [source, target] = edge ? [attribute(edge[0], 'source'), attribute(edge[0], 'target')] : [];
        if (!edge || source === undefined || target === undefined) return null;
        const reversed = edge[0]
          .replace(/\bsource="[^"]*"/, `source="${target}"`)
          .replace(/\btarget="[^"]*"/, `target="${source}"`);
        return [t.replace(edge[0], reversed), `edge ${source} -> ${target} reversed`];
      }),
  },
  {
    name: 'xml-bad-value',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const values = [...t.matchAll(/value="([^"]*)"|<data key="[^"]*">([^<]*)<\/data>/g)];
        if (values.length === 0) return null;
        const found = rng.pick(values);
        const value = escapeXml(rng.chance(0.1) ? hugeValue(rng).text : rng.pick([...BAD_VALUES, ...HOSTILE]));
        const replaced = found[0].replace(found[1] ?? found[2] ?? '', value);
        const at = found.index;
        return [
          `${t.slice(0, at)}${replaced}${t.slice(at + found[0].length)}`,
          `${show(found[0])} given ${show(value)}`,
        ];
      }),
  },
  {
    name: 'xml-drop-value',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const values = [...t.matchAll(/<attvalue [^>]*\/>|<data key="[^"]*">[^<]*<\/data>/g)];
        if (values.length === 0) return null;
        const found = rng.pick(values);
        return [`${t.slice(0, found.index)}${t.slice(found.index + found[0].length)}`, `${show(found[0])} removed`];
      }),
  },
  {
    name: 'xml-entities',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const root = rng.pick(['gexf', 'graphml']);
        const variant = rng.pick(['external', 'expansion']);
        const doctype =
          variant === 'external'
            ? `<!DOCTYPE ${root} [<!ENTITY leak SYSTEM "file:///etc/passwd">]>`
            : `<!DOCTYPE ${root} [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>`;
        const use = variant === 'external' ? '&leak;' : '&f;';
        const withDoctype = t.replace(/(<\?xml[^>]*\?>)?/, (decl) => `${decl}\n${doctype}`);
        const used = withDoctype.replace(/(label="|<data key="[^"]*">)/, `$1${use}`);
        return [
          used,
          `a DOCTYPE with ${variant === 'external' ? 'an external entity (/etc/passwd)' : 'nested entities'}`,
        ];
      }),
  },
  {
    name: 'xml-deep',
    kinds: ['gexf', 'graphml'],
    apply: (w, rng) =>
      onText(w, (t) => {
        const depth = rng.pick([300, 5_000, 50_000]);
        const deep = `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`;
        const changed = t.replace(/<\/(nodes|graph)>/, (close) => `${deep}${close}`);
        return changed === t ? null : [changed, `elements nested ${depth} deep`];
      }),
  },
];

export const GRAPH_MUTATIONS: Mutation[] = [...JSON_MUTATIONS, ...XML_MUTATIONS];
