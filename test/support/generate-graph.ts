/**
 * A seeded generator of large Kedja graphs for benchmarks and load tests (until `kedja generate`
 * exists): organisations use services with skewed popularity, each service has a supplier (some
 * two, as an alternatives group), suppliers subcontract three tiers deep with a few 2-cycles, and
 * some organisations hold direct contracts. The same seed gives the same graph. O(V + E).
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
  ORG_TYPES,
  type KedjaGraph,
} from '@kedja/core';

export interface GenerateOptions {
  organisations: number;
  services: number;
  suppliers: number;
  /** Services each organisation uses (on average). */
  usesPerOrganisation: number;
  seed: number;
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = ['health-care', 'social-care', 'water', 'heating', 'education'];
const COUNTRIES = ['SE', 'SE', 'SE', 'FI', 'DK', 'NO', 'IE', 'DE', 'US'];

export function generateGraph(options: GenerateOptions): KedjaGraph {
  const next = random(options.seed);
  const pick = (n: number) => Math.floor(next() * n);
  // Skewed popularity: index ~ n * u^3 puts most picks on the first items.
  const popular = (n: number) => Math.min(n - 1, Math.floor(n * next() ** 3));
  const graph = createKedjaGraph({ name: `generated (seed ${options.seed})` });

  for (let s = 0; s < options.suppliers; s++) {
    addSupplier(graph, `p${s}`, {
      name: `Supplier ${s}`,
      country: COUNTRIES[pick(COUNTRIES.length)]!,
      ...(s % 7 === 0 ? { parent: `Group ${s % 49}` } : {}),
    });
  }
  for (let v = 0; v < options.services; v++) {
    addService(graph, `v${v}`, { name: `Service ${v}`, model: 'SaaS', countries: ['SE'] });
  }
  for (let o = 0; o < options.organisations; o++) {
    const orgType = ORG_TYPES[pick(ORG_TYPES.length)]!;
    addOrganisation(graph, `o${o}`, {
      name: `Organisation ${o}`,
      orgType,
      county: `County ${o % 21}`,
      ...(orgType === 'municipality' || orgType === 'region' ? { population: 1000 + pick(200_000) } : {}),
      sectors: [SECTORS[pick(SECTORS.length)]!],
    });
  }

  // Tiers of suppliers: the first 10 % are hosting and infrastructure, subcontracted by the rest.
  const infrastructure = Math.max(1, Math.floor(options.suppliers / 10));
  for (let v = 0; v < options.services; v++) {
    const first = infrastructure + pick(Math.max(1, options.suppliers - infrastructure));
    const supplier = Math.min(first, options.suppliers - 1);
    if (next() < 0.1 && options.suppliers > 2) {
      const second = (supplier + 1 + pick(options.suppliers - 1)) % options.suppliers;
      addProvidedBy(graph, `v${v}`, `p${supplier}`, { alternatives: 'a' });
      if (second !== supplier) addProvidedBy(graph, `v${v}`, `p${second}`, { alternatives: 'a' });
    } else {
      addProvidedBy(graph, `v${v}`, `p${supplier}`);
    }
  }
  const subcontracts = Math.floor(options.suppliers / 10);
  for (let i = 0; i < subcontracts; i++) {
    const from = infrastructure + pick(Math.max(1, options.suppliers - infrastructure));
    const to = pick(infrastructure);
    if (from < options.suppliers && from !== to && !graph.hasEdge(edgeKey('subcontracts', `p${from}`, `p${to}`))) {
      addSubcontracts(graph, `p${from}`, `p${to}`, { rank: 1 });
    }
  }
  for (let i = 0; i < Math.max(1, Math.floor(subcontracts / 20)); i++) {
    const a = pick(infrastructure);
    const b = pick(infrastructure);
    if (a === b) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!graph.hasEdge(edgeKey('subcontracts', `p${x}`, `p${y}`))) addSubcontracts(graph, `p${x}`, `p${y}`);
    }
  }

  for (let o = 0; o < options.organisations; o++) {
    const count = 1 + pick(2 * options.usesPerOrganisation - 1);
    for (let i = 0; i < count; i++) {
      const v = popular(options.services);
      if (graph.hasEdge(edgeKey('uses', `o${o}`, `v${v}`))) continue;
      addUses(graph, `o${o}`, `v${v}`, {
        critical: next() < 0.6,
        ...(next() < 0.3 ? { maxOutageHours: 4 * (1 + pick(18)) } : {}),
      });
    }
    if (next() < 0.1) {
      const p = infrastructure + pick(Math.max(1, options.suppliers - infrastructure));
      if (p < options.suppliers) addContracts(graph, `o${o}`, `p${p}`, { critical: next() < 0.5 });
    }
  }
  return graph;
}
