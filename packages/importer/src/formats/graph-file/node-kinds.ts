/**
 * Mapping a foreign graph file's own attributes to Kedja's kinds: rules `attribute=value:kind`
 * (`type=kommun:organisation,type=leverantör:supplier`; value `*` for any value), given inline or
 * one per line in a small mapping file (blank lines and `#` comments allowed). A node without a
 * `kind` takes the kind of the first rule it matches (attribute names and values compared without
 * regard to case or surrounding space). Edges without a `kind` then take the one edge kind that
 * joins the kinds at their two ends (EDGE_ENDPOINTS: organisation to service is `uses`, to
 * supplier `contracts`; service to supplier `providedBy`; supplier to supplier `subcontracts`);
 * an edge between kinds that no edge kind joins is left for the model's check to report. O(V + E).
 */
import { EDGE_ENDPOINTS, EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '@kedja/core';
import type { AbstractGraph } from 'graphology-types';
import { quoteValue } from '@kedja/core';

export interface NodeKindRule {
  attribute: string;
  /** The value to match, or `*` for any non-empty value. */
  value: string;
  kind: NodeKind;
}

/** What graph-file readers may be told about a foreign file. */
export interface GraphFileOptions {
  /** Rules that give nodes without a `kind` one (and then their edges one); see parseNodeKindRules. */
  nodeKinds?: readonly NodeKindRule[];
}

/** Parses rules from `text` (comma-separated, or one per line); returns the rules and the problems. */
export function parseNodeKindRules(text: string): { rules: NodeKindRule[]; problems: string[] } {
  const rules: NodeKindRule[] = [];
  const problems: string[] = [];
  const items = text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .flatMap((line) =>
      line.includes('=') && line.split(',').every((part) => part.includes('=')) ? line.split(',') : [line],
    )
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const item of items) {
    const equals = item.indexOf('=');
    const colon = item.lastIndexOf(':');
    const kind = item
      .slice(colon + 1)
      .trim()
      .toLowerCase() as NodeKind;
    if (equals <= 0 || colon < equals || !NODE_KINDS.includes(kind)) {
      problems.push(
        `${quoteValue(item)} is not a rule; write attribute=value:kind with kind ${NODE_KINDS.join(', ')} (value * for any)`,
      );
      continue;
    }
    rules.push({ attribute: item.slice(0, equals).trim(), value: item.slice(equals + 1, colon).trim(), kind });
  }
  return { rules, problems };
}

/** The value of `attribute` on a node, its name compared without regard to case. */
function valueOf(attributes: Record<string, unknown>, attribute: string): string | undefined {
  const wanted = attribute.toLowerCase();
  for (const [name, value] of Object.entries(attributes)) {
    if (name.toLowerCase() === wanted && value !== undefined && value !== null) return String(value).trim();
  }
  return undefined;
}

/** The kind the first matching rule gives a node, or undefined. */
export function ruleKind(attributes: Record<string, unknown>, rules: readonly NodeKindRule[]): NodeKind | undefined {
  for (const rule of rules) {
    const value = valueOf(attributes, rule.attribute);
    if (value === undefined || value === '') continue;
    if (rule.value === '*' || value.toLowerCase() === rule.value.toLowerCase()) return rule.kind;
  }
  return undefined;
}

/** The one edge kind from `source` to `target` kinds, or undefined. */
export function edgeKindBetween(source: unknown, target: unknown): EdgeKind | undefined {
  const fitting = EDGE_KINDS.filter((kind) => EDGE_ENDPOINTS[kind][0] === source && EDGE_ENDPOINTS[kind][1] === target);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * Gives kinds by the rules to the nodes of `parsed` that have none, then to its edges that have none;
 * returns the nodes still without a kind.
 */
export function applyNodeKinds(parsed: AbstractGraph, rules: readonly NodeKindRule[]): string[] {
  const unmatched: string[] = [];
  parsed.forEachNode((node, attributes) => {
    if (attributes.kind !== undefined) return;
    const kind = ruleKind(attributes, rules);
    if (kind === undefined) unmatched.push(node);
    else parsed.setNodeAttribute(node, 'kind', kind);
  });
  parsed.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind !== undefined) return;
    const kind = edgeKindBetween(parsed.getNodeAttribute(source, 'kind'), parsed.getNodeAttribute(target, 'kind'));
    if (kind !== undefined) parsed.setEdgeAttribute(edge, 'kind', kind);
  });
  return unmatched;
}
