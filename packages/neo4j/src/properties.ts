/**
 * Kedja attributes as Neo4j properties and back, losslessly.
 *
 * - Whole numbers (safe integers) are stored as Neo4j INTEGER (`neo4j.int`), other numbers as
 *   FLOAT: a plain JavaScript number parameter would be stored as FLOAT, and `population: 12000`
 *   would come back from Cypher as 12000.0. Strings and booleans as they are.
 * - Non-empty lists of one kind (strings, booleans, whole numbers, numbers) are Neo4j lists.
 * - Anything else a graph may carry (objects, null, empty or mixed lists), and an attribute whose
 *   name Kedja uses itself (`id`, `dataset`, `key`, `kedjaSeq`), is stored as JSON text under
 *   `json:<name>`.
 *
 * Reading back gives attributes in the model's order (`kind`, then the columns of the canonical
 * CSV, then any other attribute by name), so a graph read from CSV comes back byte for byte.
 */
import { dataRecord } from '@kedja/core';
import { isInt, int, type Integer } from 'neo4j-driver';

import { TABLES } from '@kedja/importer';

const JSON_PREFIX = 'json:';

function isSafeWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function nativeList(values: unknown[]): unknown[] | undefined {
  if (values.length === 0) return undefined;
  if (values.every((v) => typeof v === 'string') || values.every((v) => typeof v === 'boolean')) return values;
  if (values.every(isSafeWhole)) return values.map((v) => int(v));
  if (values.every((v) => typeof v === 'number')) return values;
  return undefined;
}

/** The properties of a node or relationship for its attributes (without `kind`). */
export function encodeAttributes(
  attributes: Record<string, unknown>,
  internal: readonly string[],
): Record<string, unknown> {
  const properties = dataRecord<unknown>();
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'kind' || value === undefined) continue;
    let native: unknown;
    if (typeof value === 'string' || typeof value === 'boolean') native = value;
    else if (isSafeWhole(value)) native = int(value);
    else if (typeof value === 'number') native = value;
    else if (Array.isArray(value)) native = nativeList(value);
    if (native !== undefined && !internal.includes(name) && !name.startsWith(JSON_PREFIX)) properties[name] = native;
    else properties[`${JSON_PREFIX}${name}`] = JSON.stringify(value);
  }
  return properties;
}

function decodeValue(value: unknown): unknown {
  if (isInt(value)) {
    const integer = value as Integer;
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== 'object') return value;
  return String(value); // temporal and spatial values written by other tools
}

/** Attribute order per node or edge kind: the canonical CSV columns. */
const ORDER: ReadonlyMap<string, readonly string[]> = new Map(
  TABLES.map((table) => [
    (table.node ?? table.edge)!,
    table.columns.flatMap((column) => (column.attribute ? [column.attribute] : [])),
  ]),
);

/** Attributes (with `kind`) of a node or relationship from its properties. */
export function decodeProperties(
  kind: string,
  properties: Record<string, unknown>,
  internal: readonly string[],
): Record<string, unknown> {
  const decoded = new Map<string, unknown>();
  for (const [name, value] of Object.entries(properties)) {
    if (internal.includes(name)) continue;
    if (name.startsWith(JSON_PREFIX) && typeof value === 'string') {
      decoded.set(name.slice(JSON_PREFIX.length), JSON.parse(value) as unknown);
    } else {
      decoded.set(name, decodeValue(value));
    }
  }
  const attributes: Record<string, unknown> = { kind };
  for (const name of ORDER.get(kind) ?? []) {
    if (decoded.has(name)) attributes[name] = decoded.get(name);
  }
  for (const name of [...decoded.keys()].sort()) {
    if (!(name in attributes)) attributes[name] = decoded.get(name);
  }
  return attributes;
}
