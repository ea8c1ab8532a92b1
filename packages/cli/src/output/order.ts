/**
 * The order in which organisations are named in sentences and lists: the most residents first
 * (those without a population figure last), then by name, so that the largest consequences lead.
 */
import { nodeName, type KedjaGraph } from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

export function largestFirst(graph: KedjaGraph): (a: string, b: string) => number {
  const population = (id: string) => {
    const attributes = graph.getNodeAttributes(id);
    return attributes.kind === 'organisation' ? (attributes.population ?? -1) : -1;
  };
  return (a, b) => population(b) - population(a) || nodeName(graph, a).localeCompare(nodeName(graph, b), 'sv');
}

/** The same order from an engine's node table (a graph-backed or a bulk-loaded engine). */
export function largestFirstIn(table: NodeTable): (a: string, b: string) => number {
  const population = (id: string) => {
    const node = table.indexOf(id);
    return node !== undefined && table.kind(node) === 'organisation' ? (table.population(node) ?? -1) : -1;
  };
  const name = (id: string) => {
    const node = table.indexOf(id);
    return node === undefined ? id : table.name(node);
  };
  return (a, b) => population(b) - population(a) || name(a).localeCompare(name(b), 'sv');
}
