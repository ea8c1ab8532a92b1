/**
 * Market concentration per service model or per service category. A market is the services of one
 * model (or category); a supplier's size in it is the number of distinct organisations that use at
 * least one service of the market that the supplier provides directly (`providedBy`), so shares are
 * shares of organisations. Per market: number of suppliers with a size above 0, organisations
 * using the market, HHI (0–10,000), CR1, CR3, CR5, Gini, and the leader (largest supplier, ties by
 * id). A service with several providers counts for each of them. O(V + E + markets × suppliers log).
 *
 * References: see indices/hhi.ts, indices/concentration-ratio.ts and indices/gini.ts.
 */
import { CORE_ERROR_CODES, KedjaError } from '../../errors.js';
import type { KedjaGraph } from '../../model/index.js';
import { concentrationRatio, gini, hhi } from '../indices/index.js';
import { byString, checkGraph, checkOptions, dependentsOf, nodesOfKind, sortKeys } from '../utils.js';
import { dataRecord } from '../../model/index.js';

const PATH = 'metrics/graph/market-concentration';

export interface MarketConcentrationOptions {
  /** What a market is: the services of one `model` (default) or of one `category`. */
  by?: 'model' | 'category';
}

const DEFAULTS: Required<MarketConcentrationOptions> = { by: 'model' };

export interface MarketConcentration {
  suppliers: number;
  organisations: number;
  hhi: number;
  cr1: number;
  cr3: number;
  cr5: number;
  gini: number;
  /** The supplier serving the most organisations, or null in a market without providers. */
  leader: string | null;
  /** supplier → organisations served in this market, largest first (ties by id). */
  sizes: Record<string, number>;
}

/** market → its concentration; markets sorted by name. */
export function marketConcentration(
  graph: KedjaGraph,
  options: MarketConcentrationOptions = {},
): Record<string, MarketConcentration> {
  checkGraph(graph, PATH);
  checkOptions(options, PATH);
  const by = options.by ?? DEFAULTS.by;
  if (by !== 'model' && by !== 'category') {
    throw new KedjaError(CORE_ERROR_CODES.badOption, `${PATH}: by must be "model" or "category"`);
  }
  const served = new Map<string, Map<string, Set<string>>>(); // market → supplier → organisations
  const users = new Map<string, Set<string>>(); // market → organisations
  for (const service of nodesOfKind(graph, 'service')) {
    const attributes = graph.getNodeAttributes(service);
    if (attributes.kind !== 'service') continue;
    const market = by === 'model' ? (attributes.model ?? 'other') : attributes.category;
    if (!market) continue;
    const organisations = dependentsOf(graph, service, ['uses']);
    if (organisations.size === 0) continue;
    const marketUsers = users.get(market) ?? new Set<string>();
    users.set(market, marketUsers);
    for (const organisation of organisations) marketUsers.add(organisation);
    const suppliers = served.get(market) ?? new Map<string, Set<string>>();
    served.set(market, suppliers);
    for (const supplier of providersOf(graph, service)) {
      const set = suppliers.get(supplier) ?? new Set<string>();
      suppliers.set(supplier, set);
      for (const organisation of organisations) set.add(organisation);
    }
  }
  const result: Record<string, MarketConcentration> = dataRecord();
  for (const [market, organisations] of users) {
    const entries = [...(served.get(market) ?? new Map<string, Set<string>>())].map(
      ([supplier, set]) => [supplier, set.size] as const,
    );
    result[market] = summariseMarket(entries, organisations.size);
  }
  return sortKeys(result);
}

/** One market's concentration from its suppliers' sizes (in any order) and the organisations using it. */
export function summariseMarket(served: (readonly [string, number])[], organisations: number): MarketConcentration {
  const entries = served.sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  const sizes = entries.map(([, size]) => size);
  return {
    suppliers: entries.length,
    organisations,
    hhi: hhi(sizes),
    cr1: concentrationRatio(sizes, 1),
    cr3: concentrationRatio(sizes, 3),
    cr5: concentrationRatio(sizes, 5),
    gini: gini(sizes),
    leader: entries[0]?.[0] ?? null,
    sizes: Object.fromEntries(entries),
  };
}

/** The direct providers of a service (targets of its `providedBy` edges). */
function providersOf(graph: KedjaGraph, service: string): Set<string> {
  const providers = new Set<string>();
  graph.forEachOutEdge(service, (_edge, attributes, _source, target) => {
    if (attributes.kind === 'providedBy') providers.add(target);
  });
  return providers;
}
