/**
 * The results part of an eForms notice (efac:NoticeResult) as awards: each settled contract
 * (efac:SettledContract, OPT-316) with each tender it settles (efac:LotTender, OPT-321), that
 * tender's tendering party (efac:TenderingParty, OPT-210) with its tenderers (OPT-300) and their
 * subcontractors (OPT-301) naming their main contractors, the contract's signatories
 * (cac:SignatoryParty, OPT-300-Contract-Signatory) and the main CPV code (BT-262) of the lot the
 * tender is for. Whatever cannot be followed (a reference to nothing, a lot result without a
 * winner) is recorded as skipped, with the reason. O(size of the results).
 */
import type { Award, EformsNotice, NoticeSubcontractor } from './notice-model.js';
import { every, first, textAt, textsAt, type XmlNode } from './xml-nodes.js';

interface LotResult {
  id: string;
  status: string;
  lot: string;
  contracts: string[];
}

interface Tender {
  party: string;
  lot: string;
}

interface TenderingParty {
  tenderers: string[];
  subcontractors: NoticeSubcontractor[];
}

/** What the results say, by the notice's own references. */
interface Results {
  lotResults: LotResult[];
  tenders: Map<string, Tender>;
  parties: Map<string, TenderingParty>;
  /** The main CPV code of each lot and group of lots (a group's: those of its lots). */
  lotCpv: Map<string, string[]>;
  procedureCpv: string[];
}

/** Winner selection status (BT-142) that says no contract was awarded. */
const NO_WINNER = new Map([
  ['clos-nw', 'closed without a winner'],
  ['open-nw', 'still open, no winner chosen yet'],
]);

const cpvOf = (project: XmlNode | undefined) =>
  textsAt(project, 'MainCommodityClassification', 'ItemClassificationCode').slice(0, 1);

function lotCodes(root: XmlNode): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const lot of every(root, 'ProcurementProjectLot')) {
    const id = textAt(lot, 'ID');
    if (id) codes.set(id, cpvOf(first(lot, 'ProcurementProject')));
  }
  for (const group of every(root, 'TenderingTerms', 'LotDistribution', 'LotsGroup')) {
    const id = textAt(group, 'LotsGroupID');
    const lots = textsAt(group, 'ProcurementProjectLotReference', 'ID');
    const own = codes.get(id) ?? [];
    if (id) codes.set(id, [...new Set([...own, ...lots.flatMap((lot) => codes.get(lot) ?? [])])]);
  }
  return codes;
}

function readParts(root: XmlNode, results: XmlNode | undefined): Results {
  const tenders = new Map<string, Tender>();
  for (const tender of every(results, 'LotTender')) {
    const id = textAt(tender, 'ID');
    if (id) tenders.set(id, { party: textAt(tender, 'TenderingParty', 'ID'), lot: textAt(tender, 'TenderLot', 'ID') });
  }
  const parties = new Map<string, TenderingParty>();
  for (const party of every(results, 'TenderingParty')) {
    const id = textAt(party, 'ID');
    if (!id) continue;
    parties.set(id, {
      tenderers: textsAt(party, 'Tenderer', 'ID'),
      subcontractors: every(party, 'SubContractor').map((sub) => ({
        ref: textAt(sub, 'ID'),
        mainContractors: textsAt(sub, 'MainContractor', 'ID'),
      })),
    });
  }
  const lotResults = every(results, 'LotResult').map((result) => ({
    id: textAt(result, 'ID'),
    status: textAt(result, 'TenderResultCode'),
    lot: textAt(result, 'TenderLot', 'ID'),
    contracts: textsAt(result, 'SettledContract', 'ID'),
  }));
  return {
    lotResults,
    tenders,
    parties,
    lotCpv: lotCodes(root),
    procedureCpv: cpvOf(first(root, 'ProcurementProject')),
  };
}

/** Adds the awards of the notice's results to `notice`, and what could not be followed to its skips. */
export function readResults(root: XmlNode, extension: XmlNode | undefined, notice: EformsNotice): void {
  const results = first(extension, 'NoticeResult');
  const parts = readParts(root, results);
  const skip = (what: string, reason: string) => notice.skipped.push({ what, reason });
  const settled = new Set<string>();
  for (const contract of every(results, 'SettledContract')) {
    const id = textAt(contract, 'ID');
    if (!id || settled.has(id)) continue;
    settled.add(id);
    const refusal = parts.lotResults.find((r) => r.contracts.includes(id) && NO_WINNER.has(r.status));
    if (refusal) {
      skip(`contract ${id}`, `its lot result ${refusal.id} is ${NO_WINNER.get(refusal.status)}`);
      continue;
    }
    const tenders = textsAt(contract, 'LotTender', 'ID');
    if (tenders.length === 0) skip(`contract ${id}`, 'it names no tender, so no winner');
    for (const tender of tenders) {
      const award = readAward(contract, id, tender, parts, notice, skip);
      if (award) notice.awards.push(award);
    }
  }
  for (const result of parts.lotResults) {
    const what = `lot result ${result.id || '(no id)'}${result.lot ? ` (${result.lot})` : ''}`;
    const noWinner = NO_WINNER.get(result.status);
    if (noWinner !== undefined) skip(what, `${noWinner}: no contract`);
    else if (!result.contracts.some((contract) => settled.has(contract))) {
      skip(what, 'a winner was chosen but the notice holds no settled contract for it');
    }
  }
  if (settled.size === 0 && notice.skipped.length === 0) skip('notice', 'it holds no settled contract');
}

function readAward(
  contract: XmlNode,
  id: string,
  tenderId: string,
  parts: Results,
  notice: EformsNotice,
  skip: (what: string, reason: string) => void,
): Award | undefined {
  const tender = parts.tenders.get(tenderId);
  if (!tender) return void skip(`contract ${id}`, `its tender ${tenderId} is not in the notice`);
  const party = parts.parties.get(tender.party);
  if (!party) return void skip(`contract ${id}`, `tender ${tenderId} names no tendering party the notice describes`);
  const tenderers = party.tenderers.filter((ref) => notice.parties.has(ref));
  for (const ref of party.tenderers) {
    if (!notice.parties.has(ref))
      skip(`tenderer ${ref}`, `tendering party ${tender.party} names it, but no organisation has that reference`);
  }
  if (tenderers.length === 0)
    return void skip(`contract ${id}`, `tendering party ${tender.party} has no tenderer the notice describes`);
  const own = textsAt(contract, 'SignatoryParty', 'PartyIdentification', 'ID');
  const lot = tender.lot || parts.lotResults.find((r) => r.contracts.includes(id))?.lot || '';
  const lotCpv = parts.lotCpv.get(lot) ?? [];
  const reference = textAt(contract, 'ContractReference', 'ID');
  return {
    contract: id,
    ...(reference ? { contractReference: reference } : {}),
    tender: tenderId,
    ...(lot ? { lot } : {}),
    cpv: lotCpv.length > 0 ? lotCpv : parts.procedureCpv,
    signatories: own.length > 0 ? own : notice.buyers.map((buyer) => buyer.ref),
    signed: own.length > 0,
    tenderers,
    subcontractors: party.subcontractors,
  };
}
