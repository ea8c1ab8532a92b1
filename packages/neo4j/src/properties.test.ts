/**
 * Kedja attributes as Neo4j properties and back, without a database: what push writes is what pull
 * reads. Here for what nobody knows (issue 13): an edge's certainty and probability and a supplier's
 * subcontracting travel as plain properties and come back in the model's order.
 */
import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { decodeProperties, encodeAttributes } from './properties.js';

const roundTrip = (attributes: Record<string, unknown>) =>
  decodeProperties(attributes.kind as string, encodeAttributes(attributes, ['id', 'dataset', 'key']), [
    'id',
    'dataset',
    'key',
  ]);

describe('properties', () => {
  it('carry certainty and probability of edges, in the order of the CSV columns', () => {
    const edge = { kind: 'subcontracts', rank: 2, service: 'hosting', certainty: 'possible', probability: 0.25 };
    const properties = encodeAttributes(edge, []);
    expect(properties).toMatchObject({ certainty: 'possible', probability: 0.25 });
    expect(isInt(properties.rank)).toBe(true);
    const back = roundTrip({ probability: 1, kind: 'uses', certainty: 'possible', critical: false });
    expect(back).toStrictEqual({ kind: 'uses', critical: false, certainty: 'possible', probability: 1 });
    expect(Object.keys(back)).toEqual(['kind', 'critical', 'certainty', 'probability']);
    expect(roundTrip(edge)).toStrictEqual(edge);
  });

  it("carry a supplier's subcontracting", () => {
    const supplier = { kind: 'supplier', name: 'Hallen Hosting AB', country: 'SE', subcontracting: 'unknown' };
    expect(roundTrip(supplier)).toStrictEqual(supplier);
  });
});
