/**
 * One organisation or supplier across many notices: the parties of every notice (each notice has
 * its own references, `ORG-0001`) merged into graph nodes, first by organisation number and
 * country, then by normalised name. Every merge is reported; names are kept as written (a node
 * takes the spelling used most often, the first of equal ones) and every other spelling is listed.
 *
 * 1. **Organisation number and country**: the same number (BT-501, with spaces, dashes, dots and
 *    slashes dropped and letters upper-cased; a Swedish VAT number `SE5566778899 01` read as its
 *    organisation number) in the same country is one party, whatever the names. A "number" without
 *    a digit ("not available", "n/a") is no number.
 * 2. **Normalised name**: a party without a number joins the one group with a number whose names
 *    share its normalised key (the survey importer's `nameKey`: case, accents, punctuation, legal
 *    forms and country words at the end dropped) in the same country; when two such groups exist
 *    it joins neither (reported as ambiguous). Parties without a number and with the same key and
 *    country are one. Two groups with different numbers are never merged by name (reported).
 *
 * Organisations (buyers) and suppliers are merged separately: a body that buys in one notice and
 * sells in another is two nodes. O(parties).
 */
import { nameKey } from '../survey/index.js';

export type PartyKind = 'organisation' | 'service' | 'supplier';

/** A party as one notice names it, in one role. */
export interface PartyOccurrence {
  kind: PartyKind;
  /** The notice (BT-701 and version) and its own reference: `<notice>#<ref>`. */
  key: string;
  notice: string;
  name: string;
  companyId?: string;
  country?: string;
  /** Buyer legal type (BT-11), for organisations. */
  legalType?: string;
}

export type MergeRule = 'organisation number' | 'name' | 'organisation number and name';

/** One node made of several occurrences. */
export interface MergeEntry {
  node: string;
  kind: PartyKind;
  /** The name the node takes. */
  name: string;
  /** Every spelling, with how many notices wrote it, most frequent first. */
  spellings: { name: string; notices: number }[];
  organisationNumbers: string[];
  countries: string[];
  rule: MergeRule;
  notices: number;
  /** Merged by organisation number although the names' keys differ: worth a look. */
  namesDiffer: boolean;
}

/** A name that could have joined more than one party, or parties kept apart despite one name. */
export interface KeptApart {
  kind: PartyKind;
  name: string;
  nodes: string[];
  reason: string;
}

export interface MergedParty {
  id: string;
  kind: PartyKind;
  name: string;
  /** The organisation number as first written, when any occurrence has one. */
  code?: string;
  country?: string;
  legalType?: string;
}

export interface MergeResult {
  /** Occurrence key to node id. */
  nodeOf: Map<string, string>;
  parties: Map<string, MergedParty>;
  merges: MergeEntry[];
  keptApart: KeptApart[];
}

/** The merge key of an organisation number, or undefined when it is no number. */
export function organisationNumberKey(companyId: string | undefined, country: string | undefined): string | undefined {
  if (companyId === undefined) return undefined;
  let digits = companyId.toUpperCase().replace(/[\s\-./]/g, '');
  if (!/\d/.test(digits) || digits.length < 4) return undefined;
  const swedishVat = /^SE(\d{10})01$/.exec(digits);
  if (country === 'SE' && swedishVat) digits = swedishVat[1]!;
  return `${country ?? '?'}:${digits}`;
}

const keyOfName = (name: string) => nameKey(name) || name.trim().toLowerCase();

/** Groups of occurrences: by number first, then names joined to them or to each other. */
function group(occurrences: readonly PartyOccurrence[], keptApart: KeptApart[]): Map<string, PartyOccurrence[]> {
  const groups = new Map<string, PartyOccurrence[]>();
  const add = (key: string, occurrence: PartyOccurrence) => {
    const members = groups.get(key);
    if (members) members.push(occurrence);
    else groups.set(key, [occurrence]);
  };
  const withoutNumber: PartyOccurrence[] = [];
  for (const occurrence of occurrences) {
    const number = organisationNumberKey(occurrence.companyId, occurrence.country);
    if (number === undefined) withoutNumber.push(occurrence);
    else add(`number ${number}`, occurrence);
  }
  // Name keys of the numbered groups, by country and key.
  const numbered = new Map<string, Set<string>>();
  for (const [groupKey, members] of groups) {
    for (const member of members) {
      const nameGroup = `${member.country ?? '?'}:${keyOfName(member.name)}`;
      numbered.set(nameGroup, (numbered.get(nameGroup) ?? new Set()).add(groupKey));
    }
  }
  for (const [nameGroup, groupKeys] of numbered) {
    if (groupKeys.size > 1) {
      const name = groups.get([...groupKeys][0]!)![0]!.name;
      keptApart.push({
        kind: occurrences[0]!.kind,
        name,
        nodes: [...groupKeys],
        reason: `one name (${nameGroup}) but different organisation numbers`,
      });
    }
  }
  for (const occurrence of withoutNumber) {
    const nameGroup = `${occurrence.country ?? '?'}:${keyOfName(occurrence.name)}`;
    const candidates = numbered.get(nameGroup);
    if (candidates?.size === 1) add([...candidates][0]!, occurrence);
    else add(`name ${nameGroup}`, occurrence);
  }
  return groups;
}

/** The spelling written most often, the first of equal ones. */
function spellings(members: readonly PartyOccurrence[]): { name: string; notices: number }[] {
  const counts = new Map<string, Set<string>>();
  for (const member of members) counts.set(member.name, (counts.get(member.name) ?? new Set()).add(member.notice));
  return [...counts].map(([name, notices]) => ({ name, notices: notices.size })).sort((a, b) => b.notices - a.notices);
}

/** A readable, id-safe form of a name or number: lower-case letters and digits joined by `-`. */
export function idPart(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.join('-').slice(0, 60) || 'unnamed';
}

function nodeId(kind: PartyKind, members: readonly PartyOccurrence[], name: string, taken: Set<string>): string {
  const first = members[0]!;
  const number = organisationNumberKey(
    members.find((m) => organisationNumberKey(m.companyId, m.country))?.companyId,
    first.country,
  );
  const prefix = { organisation: 'org', service: 'svc', supplier: 'sup' }[kind];
  const base = number ? `${prefix}-${idPart(number.replace(/^\?:/, ''))}` : `${prefix}-${idPart(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Merges the occurrences of one kind into parties; `taken` holds the node ids already used. */
export function mergeParties(occurrences: readonly PartyOccurrence[], taken: Set<string>): MergeResult {
  const result: MergeResult = { nodeOf: new Map(), parties: new Map(), merges: [], keptApart: [] };
  if (occurrences.length === 0) return result;
  const groups = group(occurrences, result.keptApart);
  const idOfGroup = new Map<string, string>();
  for (const [groupKey, members] of groups) {
    const names = spellings(members);
    const name = names[0]!.name;
    const kind = members[0]!.kind;
    const id = nodeId(kind, members, name, taken);
    idOfGroup.set(groupKey, id);
    // Facts come from the occurrences that wrote the name kept first, then from any other.
    const ordered = [...members.filter((m) => m.name === name), ...members.filter((m) => m.name !== name)];
    const code = ordered.find((m) => organisationNumberKey(m.companyId, m.country))?.companyId;
    const country = ordered.find((m) => m.country)?.country;
    const legalType = ordered.find((m) => m.legalType)?.legalType;
    result.parties.set(id, {
      id,
      kind,
      name,
      ...(code ? { code } : {}),
      ...(country ? { country } : {}),
      ...(legalType ? { legalType } : {}),
    });
    for (const member of members) result.nodeOf.set(member.key, id);
    const notices = new Set(members.map((m) => m.notice));
    if (members.length < 2) continue;
    const numbers = [...new Set(members.flatMap((m) => (m.companyId ? [m.companyId] : [])))];
    const byNumber = groupKey.startsWith('number ');
    const joinedByName = byNumber && members.some((m) => organisationNumberKey(m.companyId, m.country) === undefined);
    result.merges.push({
      node: id,
      kind,
      name,
      spellings: names,
      organisationNumbers: numbers,
      countries: [...new Set(members.flatMap((m) => (m.country ? [m.country] : [])))],
      rule: !byNumber ? 'name' : joinedByName ? 'organisation number and name' : 'organisation number',
      notices: notices.size,
      namesDiffer: new Set(members.map((m) => keyOfName(m.name))).size > 1,
    });
  }
  for (const entry of result.keptApart) entry.nodes = entry.nodes.map((key) => idOfGroup.get(key) ?? key);
  return result;
}
