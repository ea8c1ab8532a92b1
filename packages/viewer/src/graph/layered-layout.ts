/**
 * The default layout: horizontal bands, top to bottom, of organisations, services, the suppliers
 * they name (providers and contracted suppliers) and then subcontractors, one band per
 * subcontracting tier (breadth-first distance from a named supplier). A band wider than `perRow`
 * wraps onto several rows. Organisations are ordered by type, county and name; every later band by
 * the mean position of its dependents (one barycentre sweep, which removes most crossings of a
 * layered drawing; Sugiyama, Tagawa and Toda 1981). O(V log V + E).
 */
import type { KedjaGraph } from '@kedja/core';

export interface LayoutOptions {
  /** Most nodes in one row of a band. */
  perRow?: number;
  /** Distance between neighbours in a row. */
  spacing?: number;
}

const DEFAULTS: Required<LayoutOptions> = { perRow: 40, spacing: 10 };

export type Positions = Record<string, { x: number; y: number }>;

/** The band of every node: 0 organisations, 1 services, 2 named suppliers, 3+ subcontractors. */
export function layerOf(graph: KedjaGraph): Map<string, number> {
  const layer = new Map<string, number>();
  const queue: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'organisation') layer.set(node, 0);
    else if (attributes.kind === 'service') layer.set(node, 1);
  });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'supplier') return;
    const named = graph.inEdges(node).some((edge) => {
      const kind = graph.getEdgeAttribute(edge, 'kind');
      return kind === 'providedBy' || kind === 'contracts';
    });
    if (named) {
      layer.set(node, 2);
      queue.push(node);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const supplier = queue[head]!;
    for (const edge of graph.outEdges(supplier)) {
      if (graph.getEdgeAttribute(edge, 'kind') !== 'subcontracts') continue;
      const next = graph.target(edge);
      if (!layer.has(next)) {
        layer.set(next, layer.get(supplier)! + 1);
        queue.push(next);
      }
    }
  }
  graph.forEachNode((node) => {
    if (!layer.has(node)) layer.set(node, 2); // a supplier nobody depends on
  });
  return layer;
}

export function layeredLayout(graph: KedjaGraph, options: LayoutOptions = {}): Positions {
  const { perRow, spacing } = { ...DEFAULTS, ...options };
  const layer = layerOf(graph);
  const bands: string[][] = [];
  for (const [node, band] of layer) (bands[band] ??= []).push(node);

  const positions: Positions = {};
  const width =
    Math.min(
      perRow,
      bands.reduce((most, b) => Math.max(most, b?.length ?? 0), -Infinity),
    ) * spacing;
  let y = 0;
  bands.forEach((band, index) => {
    if (!band?.length) return;
    let order: string[];
    if (index === 0) {
      const key = (node: string) => {
        const a = graph.getNodeAttributes(node);
        return a.kind === 'organisation' ? `${a.orgType ?? 'other'}\u0000${a.county ?? ''}\u0000${a.name}` : a.name;
      };
      order = [...band].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    } else {
      const barycentre = (node: string) => {
        let sum = 0;
        let count = 0;
        graph.forEachInNeighbor(node, (dependent) => {
          const p = positions[dependent];
          if (p) {
            sum += p.x;
            count++;
          }
        });
        return count ? sum / count : Number.POSITIVE_INFINITY;
      };
      const at = new Map(band.map((node) => [node, barycentre(node)]));
      order = [...band].sort((a, b) => at.get(a)! - at.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    }
    const rows = Math.ceil(order.length / perRow);
    order.forEach((node, i) => {
      const row = Math.floor(i / perRow);
      const inRow = row < rows - 1 ? perRow : order.length - row * perRow;
      const step = inRow > 1 ? width / (inRow - 1) : 0;
      const depth = y + row * spacing * 2;
      positions[node] = { x: inRow > 1 ? (i % perRow) * step : width / 2, y: depth === 0 ? 0 : -depth };
    });
    y += rows * spacing * 2 + spacing * 8;
  });
  return positions;
}
