/**
 * Random Kedja graphs for property tests (fast-check): every node kind, every edge kind, cycles
 * among suppliers, alternatives groups (also across uses and contracts of one organisation),
 * non-critical and unset critical flags, missing populations, and a random scenario. With
 * `{ possible: true }`, ungrouped edges are `possible` (issue 13) one time in three, some with a
 * probability; without it the graphs are as they always were.
 */
import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  edgeKey,
  type KedjaGraph,
  type OrgType,
} from '@kedja/core';
import fc from 'fast-check';

export interface RandomCase {
  graph: KedjaGraph;
  /** Scenario members (supplier and service ids). */
  scenario: string[];
}

export interface Sizes {
  maxOrganisations: number;
  maxServices: number;
  maxSuppliers: number;
  maxEdges: number;
}

export const SMALL: Sizes = { maxOrganisations: 6, maxServices: 6, maxSuppliers: 8, maxEdges: 14 };
export const MEDIUM: Sizes = { maxOrganisations: 40, maxServices: 30, maxSuppliers: 40, maxEdges: 90 };

const group = fc.constantFrom<string | undefined>(undefined, undefined, 'a', 'b');
const critical = fc.constantFrom<boolean | undefined>(undefined, true, false);

export interface RandomOptions {
  /** Ungrouped edges may be possible (certainty `possible`, sometimes with a probability). */
  possible?: boolean;
}

export function randomCase(sizes: Sizes = SMALL, options: RandomOptions = {}): fc.Arbitrary<RandomCase> {
  // 0: confirmed, 1: possible, 2: possible with a probability; only on ungrouped edges.
  const doubt = options.possible ? fc.constantFrom(0, 0, 0, 0, 1, 2) : fc.constant(0);
  return fc
    .record({
      organisations: fc.integer({ min: 0, max: sizes.maxOrganisations }),
      services: fc.integer({ min: 0, max: sizes.maxServices }),
      suppliers: fc.integer({ min: 1, max: sizes.maxSuppliers }),
    })
    .chain(({ organisations, services, suppliers }) => {
      const pick = (n: number) => fc.integer({ min: 0, max: Math.max(0, n - 1) });
      const edges = <T>(arbitrary: fc.Arbitrary<T>, possible: boolean) =>
        possible ? fc.array(arbitrary, { maxLength: sizes.maxEdges }) : fc.constant([] as T[]);
      return fc.record({
        // Population (or none), type and county: regions and municipalities of one county overlap
        // in residents (counted once), agencies serve no area.
        organisations: fc.array(
          fc.tuple(
            fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
            fc.constantFrom<OrgType | undefined>(undefined, 'municipality', 'municipality', 'region', 'agency'),
            fc.constantFrom<string | undefined>(undefined, 'A län', 'B län'),
          ),
          { minLength: organisations, maxLength: organisations },
        ),
        services: fc.constant(services),
        suppliers: fc.constant(suppliers),
        uses: edges(
          fc.tuple(pick(organisations), pick(services), critical, group, doubt),
          organisations > 0 && services > 0,
        ),
        contracts: edges(fc.tuple(pick(organisations), pick(suppliers), critical, group, doubt), organisations > 0),
        providedBy: edges(fc.tuple(pick(services), pick(suppliers), group, doubt), services > 0),
        subcontracts: edges(fc.tuple(pick(suppliers), pick(suppliers), group, doubt), suppliers > 1),
        scenario: fc.array(fc.integer({ min: 0, max: suppliers + services - 1 }), { minLength: 1, maxLength: 3 }),
      });
    })
    .map((spec) => {
      const graph = createKedjaGraph();
      const org = (i: number) => `o${i}`;
      const svc = (i: number) => `v${i}`;
      const sup = (i: number) => `s${i}`;
      spec.organisations.forEach(([population, orgType, county], i) =>
        addOrganisation(graph, org(i), {
          name: org(i),
          ...(population === undefined ? {} : { population }),
          ...(orgType === undefined ? {} : { orgType }),
          ...(county === undefined ? {} : { county }),
        }),
      );
      for (let i = 0; i < spec.services; i++) addService(graph, svc(i), { name: svc(i) });
      for (let i = 0; i < spec.suppliers; i++) addSupplier(graph, sup(i), { name: sup(i) });
      const attrs = (c: boolean | undefined, g: string | undefined, d: number) => ({
        ...(c === undefined ? {} : { critical: c }),
        ...(g === undefined ? {} : { alternatives: g }),
        ...(g === undefined && d > 0 ? { certainty: 'possible' as const } : {}),
        ...(g === undefined && d === 2 ? { probability: 0.25 } : {}),
      });
      for (const [o, v, c, g, d] of spec.uses) {
        if (!graph.hasEdge(edgeKey('uses', org(o), svc(v)))) addUses(graph, org(o), svc(v), attrs(c, g, d));
      }
      for (const [o, s, c, g, d] of spec.contracts) {
        if (!graph.hasEdge(edgeKey('contracts', org(o), sup(s)))) addContracts(graph, org(o), sup(s), attrs(c, g, d));
      }
      for (const [v, s, g, d] of spec.providedBy) {
        if (!graph.hasEdge(edgeKey('providedBy', svc(v), sup(s))))
          addProvidedBy(graph, svc(v), sup(s), attrs(undefined, g, d));
      }
      for (const [a, b, g, d] of spec.subcontracts) {
        if (a !== b && !graph.hasEdge(edgeKey('subcontracts', sup(a), sup(b)))) {
          addSubcontracts(graph, sup(a), sup(b), attrs(undefined, g, d));
        }
      }
      const scenario = [...new Set(spec.scenario.map((i) => (i < spec.suppliers ? sup(i) : svc(i - spec.suppliers))))];
      return { graph, scenario };
    });
}
