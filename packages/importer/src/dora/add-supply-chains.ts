/**
 * The supply chains of B_05.02 as `subcontracts` edges: a row of rank 2 or more makes its
 * recipient depend on its provider (with the rank and the type of ICT services; the first row of a
 * pair is kept). A missing recipient is inferred when one provider holds the rank above in the same
 * chain (a warning either way). Rank-1 rows add nothing; they are checked against B_02.02. Kedja's
 * subcontracting is per supplier, not per arrangement: a subcontractor's failure reaches every
 * service of the supplier that needs it (the conservative reading). O(rows).
 */
import { addSubcontracts, edgeKey, quoteValue } from '@kedja/core';

import { IMPORT_CODES } from '../errors.js';
import type { DirectProviders } from './add-services.js';
import type { BuildContext } from './build-context.js';
import { checkArrangement, checkServiceType } from './check-references.js';
import type { ChainLinkRecord } from './read-b05-02.js';
import { supplierNode } from './supplier-nodes.js';
import { cellProblem } from './utils.js';

/** The provider codes of each chain (`<arrangement>/<type>`) by rank. */
type ChainRanks = Map<string, Map<number, Set<string>>>;

export function addSupplyChains(
  context: BuildContext,
  links: readonly ChainLinkRecord[],
  directProviders: DirectProviders,
): void {
  const chains = chainRanks(links);
  for (const link of links) {
    checkArrangement(context, link.arrangement, link.at);
    checkServiceType(context, link.type, link.at, 'c0020');
    if (link.rank === 1) checkDirectProvider(context, link, directProviders);
    else addLink(context, link, chains);
  }
}

function chainRanks(links: readonly ChainLinkRecord[]): ChainRanks {
  const chains: ChainRanks = new Map();
  for (const { arrangement, type, rank, provider } of links) {
    const chain = `${arrangement}/${type}`;
    const ranks = chains.get(chain) ?? new Map<number, Set<string>>();
    ranks.set(rank, (ranks.get(rank) ?? new Set()).add(provider));
    chains.set(chain, ranks);
  }
  return chains;
}

/** A rank-1 row names the direct provider: B_02.02 must have the chain, and with that provider. */
function checkDirectProvider(context: BuildContext, link: ChainLinkRecord, directProviders: DirectProviders): void {
  const { at, arrangement, type, provider } = link;
  const direct = directProviders.get(`${arrangement}/${type}`);
  if (!direct) {
    const message = `no B_02.02 row has arrangement ${quoteValue(arrangement)} with type ${quoteValue(type)}, so no entity uses this chain`;
    context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraUnknownReference, 'warning', 'c0010', message));
  } else if (!direct.has(provider)) {
    const message = `the direct provider ${quoteValue(provider)} differs from B_02.02 (${[...direct].map((p) => quoteValue(p)).join(', ')}); B_02.02 is used`;
    context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraInconsistent, 'warning', 'c0030', message));
  }
}

/** The `subcontracts` edge of a row of rank 2 or more, unless it has no usable recipient. */
function addLink(context: BuildContext, link: ChainLinkRecord, chains: ChainRanks): void {
  const { at, type, provider, rank } = link;
  const recipientCode = recipientOf(context, link, chains);
  if (recipientCode === undefined) return;
  if (recipientCode === provider) {
    const message = `provider ${provider} is its own recipient; this row is not used`;
    context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraInconsistent, 'warning', 'c0060', message));
    return;
  }
  const recipient = supplierNode(context, recipientCode, at, 'c0060');
  const subcontractor = supplierNode(context, provider, at, 'c0030');
  if (!context.graph.hasEdge(edgeKey('subcontracts', recipient, subcontractor, type))) {
    addSubcontracts(context.graph, recipient, subcontractor, { rank, service: type });
  }
}

/** The recipient of a link: as given, else the only provider of the rank above (undefined: none or several). */
function recipientOf(context: BuildContext, link: ChainLinkRecord, chains: ChainRanks): string | undefined {
  const { at, arrangement, type, rank } = link;
  if (link.recipient !== '') return link.recipient;
  const above = [...(chains.get(`${arrangement}/${type}`)?.get(rank - 1) ?? [])];
  const warn = (message: string) =>
    context.diagnostics.push(cellProblem(at, IMPORT_CODES.doraIncomplete, 'warning', 'c0060', message));
  if (above.length !== 1) {
    const holders =
      above.length === 0
        ? `the chain has no provider of rank ${rank - 1}`
        : `the chain has ${above.length} providers of rank ${rank - 1}`;
    warn(`a subcontractor of rank ${rank} needs the recipient of its service; ${holders}, so this row is not used`);
    return undefined;
  }
  warn(`the recipient is empty; ${above[0]}, the only provider of rank ${rank - 1} in this chain, is used`);
  return above[0];
}
