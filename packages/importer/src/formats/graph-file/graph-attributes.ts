/**
 * A graph's own attributes in GEXF and GraphML, which hold only text, numbers and booleans at the
 * graph level (GEXF's <meta> drops anything else; GraphML has no lists of records). The ownership
 * groups (`parents`, a list of records) are written as their JSON text and parsed back on reading,
 * so that nothing is lost; text that is no JSON list stays as it is, for the model to refuse.
 * O(groups).
 */
import type { Attributes } from 'graphology-types';

/** The graph's attributes as a flat file writes them: `parents` as JSON text. */
export function graphAttributesForFile(attributes: Attributes): Attributes {
  if (attributes.parents === undefined) return attributes;
  return { ...attributes, parents: JSON.stringify(attributes.parents) };
}

/** The graph's attributes as a flat file gives them back: `parents` from JSON text. */
export function graphAttributesFromFile(attributes: Attributes): Attributes {
  const { parents } = attributes;
  if (typeof parents !== 'string') return attributes;
  try {
    const value: unknown = JSON.parse(parents);
    return Array.isArray(value) ? { ...attributes, parents: value } : attributes;
  } catch {
    return attributes;
  }
}
