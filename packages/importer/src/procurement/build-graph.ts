/**
 * The graph of a set of eForms notices: buyers as organisations, tenderers and subcontractors as
 * suppliers (merged across notices by merge-parties.ts), and per settled contract and tender:
 *
 * - `contracts` from each buyer that signed the contract (every buyer of the notice when no
 *   signatory is given) to each tenderer of the tendering party whose tender it settled;
 * - `subcontracts` from each main contractor a subcontractor names to the subcontractor (from the
 *   only tenderer when a subcontractor names none; skipped when there are several to choose from);
 * - a service per supplier and category (cpv-categories.ts) of what the lot bought, `providedBy`
 *   the supplier and used by the signing buyers.
 *
 * Every edge carries its provenance: the notices (`notices`), their dates (`published`) and the
 * contracts (`contractIds`, `<notice>/<contract>`) it stands for, aligned by position; the report
 * has the same with lots, CPV codes and files. A notice says nothing of how critical a contract
 * is, so every edge is required and critical, as the model reads an edge without those attributes.
 * O(awards + parties).
 */
import { createKedjaGraph, edgeKey, type EdgeKind, type KedjaGraph, type OrgType } from '@kedja/core';

import { cpvCategory, cpvKept } from './cpv-categories.js';
import { idPart, mergeParties, type MergeResult, type PartyOccurrence } from './merge-parties.js';
import type { Award, EformsNotice } from './notice-model.js';
import type { EdgeProvenance, EdgeSource, SkippedItem } from './report-types.js';

/** Buyer legal types (BT-11) that name one of Kedja's organisation types; every other is `other`. */
const ORG_TYPES = new Map<string, OrgType>([
  ['la', 'municipality'],
  ['ra', 'region'],
  ['cga', 'agency'],
]);

export interface BuiltGraph {
  graph: KedjaGraph;
  merges: MergeResult[];
  provenance: Map<string, EdgeProvenance>;
  skipped: SkippedItem[];
  categories: Map<string, number>;
  awards: number;
}

const noticeKey = (notice: EformsNotice) => `${notice.id}/${notice.version}`;
const partyKey = (notice: EformsNotice, ref: string) => `${noticeKey(notice)}#${ref}`;

/** The awards kept by the CPV prefixes, with the skipped ones reported. */
function keptAwards(notices: readonly EformsNotice[], prefixes: readonly string[], skipped: SkippedItem[]) {
  const kept: { notice: EformsNotice; award: Award }[] = [];
  for (const notice of notices) {
    for (const award of notice.awards) {
      const what = `contract ${award.contract} (tender ${award.tender})`;
      if (prefixes.length > 0 && !award.cpv.some((code) => cpvKept(code, prefixes))) {
        const codes =
          award.cpv.length > 0 ? `its CPV ${award.cpv.join(', ')} matches` : 'it has no CPV code, so it matches';
        skipped.push({ where: notice.file, what, reason: `${codes} none of --cpv ${prefixes.join(',')}` });
      } else if (award.signatories.length === 0) {
        skipped.push({ where: notice.file, what, reason: 'the notice names no buyer' });
      } else kept.push({ notice, award });
    }
  }
  return kept;
}

/** Every party the kept awards name, as occurrences of organisations and of suppliers. */
function occurrences(kept: readonly { notice: EformsNotice; award: Award }[]) {
  const found = { organisation: new Map<string, PartyOccurrence>(), supplier: new Map<string, PartyOccurrence>() };
  const add = (notice: EformsNotice, ref: string, kind: 'organisation' | 'supplier') => {
    const party = notice.parties.get(ref);
    const key = partyKey(notice, ref);
    if (!party || found[kind].has(key)) return;
    const legalType = kind === 'organisation' ? notice.buyers.find((b) => b.ref === ref)?.legalType : undefined;
    found[kind].set(key, {
      kind,
      key,
      notice: noticeKey(notice),
      name: party.name || ref,
      ...(party.companyId ? { companyId: party.companyId } : {}),
      ...(party.country ? { country: party.country } : {}),
      ...(legalType ? { legalType } : {}),
    });
  };
  for (const { notice, award } of kept) {
    for (const ref of award.signatories) add(notice, ref, 'organisation');
    for (const ref of award.tenderers) add(notice, ref, 'supplier');
    for (const sub of award.subcontractors) add(notice, sub.ref, 'supplier');
  }
  return { organisations: [...found.organisation.values()], suppliers: [...found.supplier.values()] };
}

function addNodes(graph: KedjaGraph, merges: readonly MergeResult[]): void {
  for (const merge of merges) {
    for (const party of merge.parties.values()) {
      if (party.kind === 'organisation') {
        const orgType = ORG_TYPES.get(party.legalType ?? '') ?? 'other';
        graph.addNode(party.id, {
          kind: 'organisation',
          name: party.name,
          orgType,
          ...(party.code ? { code: party.code } : {}),
        });
      } else {
        graph.addNode(party.id, {
          kind: 'supplier',
          name: party.name,
          ...(party.country ? { country: party.country } : {}),
        });
      }
    }
  }
}

function edgeSource(notice: EformsNotice, award: Award): EdgeSource {
  const date = notice.published ?? notice.issued;
  return {
    notice: notice.id,
    ...(notice.publicationId ? { publication: notice.publicationId } : {}),
    ...(date ? { date } : {}),
    dateKind: notice.published ? 'published' : 'dispatched',
    contract: award.contract,
    ...(award.contractReference ? { contractReference: award.contractReference } : {}),
    ...(award.lot ? { lot: award.lot } : {}),
    cpv: award.cpv,
    file: notice.file,
  };
}

/** Adds (or extends) an edge with its provenance. */
function link(built: BuiltGraph, kind: EdgeKind, source: string, target: string, from: EdgeSource): void {
  const { graph, provenance } = built;
  const key = edgeKey(kind, source, target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { kind, notices: [], published: [], contractIds: [] } as never);
    provenance.set(key, { edge: key, kind, source, target, sources: [] });
  }
  const record = provenance.get(key)!;
  const contractId = `${from.notice}/${from.contract}`;
  if (record.sources.some((s) => `${s.notice}/${s.contract}` === contractId)) return;
  record.sources.push(from);
  const attributes = graph.getEdgeAttributes(key) as unknown as Record<string, string[]>;
  attributes.notices!.push(from.notice);
  attributes.published!.push(from.date ?? '');
  attributes.contractIds!.push(contractId);
}

function addService(built: BuiltGraph, supplier: string, category: string): string {
  const { graph } = built;
  const id = `svc-${supplier.replace(/^sup-/, '')}-${idPart(category)}`;
  if (!graph.hasNode(id)) {
    const name = `${graph.getNodeAttribute(supplier, 'name')}: ${category}`;
    graph.addNode(id, { kind: 'service', name, category });
  }
  return id;
}

function addAward(built: BuiltGraph, notice: EformsNotice, award: Award, nodeOf: ReadonlyMap<string, string>): void {
  const from = edgeSource(notice, award);
  const node = (ref: string) => nodeOf.get(partyKey(notice, ref));
  const skip = (what: string, reason: string) => built.skipped.push({ where: notice.file, what, reason });
  const buyers = award.signatories.flatMap(
    (ref) =>
      node(ref) ??
      (skip(`signatory ${ref} of ${award.contract}`, 'no organisation of the notice has that reference'), []),
  );
  const tenderers = award.tenderers.map((ref) => node(ref)!);
  const categories = [...new Set(award.cpv.map(cpvCategory))];
  for (const category of categories) built.categories.set(category, (built.categories.get(category) ?? 0) + 1);
  for (const tenderer of tenderers) {
    const services = categories.map((category) => addService(built, tenderer, category));
    for (const service of services) link(built, 'providedBy', service, tenderer, from);
    for (const buyer of buyers) {
      link(built, 'contracts', buyer, tenderer, from);
      for (const service of services) link(built, 'uses', buyer, service, from);
    }
  }
  for (const sub of award.subcontractors) {
    const subcontractor = node(sub.ref);
    if (!subcontractor) {
      skip(`subcontractor ${sub.ref} of ${award.contract}`, 'no organisation of the notice has that reference');
      continue;
    }
    let mains = sub.mainContractors.filter((ref) => award.tenderers.includes(ref));
    if (mains.length === 0 && award.tenderers.length === 1) mains = [award.tenderers[0]!];
    if (mains.length === 0) {
      skip(
        `subcontractor ${sub.ref} of ${award.contract}`,
        'it names no main contractor among the tenderers, and there are several',
      );
      continue;
    }
    for (const main of mains) {
      const contractor = node(main)!;
      if (contractor === subcontractor)
        skip(`subcontractor ${sub.ref} of ${award.contract}`, 'it is its own main contractor');
      else link(built, 'subcontracts', contractor, subcontractor, from);
    }
  }
}

/** Builds the graph of `notices`, keeping only the awards whose CPV codes match `prefixes` (all when empty). */
export function buildProcurementGraph(notices: readonly EformsNotice[], prefixes: readonly string[]): BuiltGraph {
  const skipped: SkippedItem[] = [];
  for (const notice of notices) for (const s of notice.skipped) skipped.push({ where: notice.file, ...s });
  const kept = keptAwards(notices, prefixes, skipped);
  const { organisations, suppliers } = occurrences(kept);
  const taken = new Set<string>();
  const merges = [mergeParties(organisations, taken), mergeParties(suppliers, taken)];
  const nodeOf = new Map([...merges[0]!.nodeOf, ...merges[1]!.nodeOf]);
  const built: BuiltGraph = {
    graph: createKedjaGraph({ name: 'Procurement notices (eForms)' }),
    merges,
    provenance: new Map(),
    skipped,
    categories: new Map(),
    awards: kept.length,
  };
  addNodes(built.graph, merges);
  for (const { notice, award } of kept) addAward(built, notice, award, nodeOf);
  return built;
}
