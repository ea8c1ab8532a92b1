/**
 * The order in which organisations are named in sentences and lists: the most residents first
 * (those without a population figure last), then by name, so that the largest consequences lead.
 */
import { nodeName, type KedjaGraph } from '@kedja/core';

export function largestFirst(graph: KedjaGraph): (a: string, b: string) => number {
  const population = (id: string) => {
    const attributes = graph.getNodeAttributes(id);
    return attributes.kind === 'organisation' ? (attributes.population ?? -1) : -1;
  };
  return (a, b) => population(b) - population(a) || nodeName(graph, a).localeCompare(nodeName(graph, b), 'sv');
}
