/**
 * Validation of a Kedja graph: every problem at once, each with a stable code.
 *
 * Accepts any graphology graph (for example one read from JSON) and checks it against the model of
 * `types.ts`: node and edge kinds, required names, enums, numbers, country codes, the node kinds
 * each edge joins, self-loops, duplicate edges, the ownership groups of the graph's `parents` table
 * (parents.ts), and (as warnings) alternatives groups with a single member, which are no
 * redundancy at all. O(V + E + groups).
 */
import type { AbstractGraph } from 'graphology-types';

import { quoteValue } from '../errors.js';
import type { Diagnostic } from '../errors.js';
import { isCountryCode } from './countries.js';
import { checkParents, type ParentProblemKind } from './parents.js';
import {
  EDGE_ENDPOINTS,
  EDGE_KINDS,
  NODE_KINDS,
  EDGE_CERTAINTIES,
  ORG_TYPES,
  SERVICE_MODELS,
  SUBCONTRACTING,
  type EdgeKind,
  type NodeKind,
} from './types.js';

export const MODEL_CODES = {
  notDirected: 'KEDJA_MODEL_NOT_DIRECTED',
  unknownKind: 'KEDJA_MODEL_UNKNOWN_KIND',
  missingName: 'KEDJA_MODEL_MISSING_NAME',
  badEnum: 'KEDJA_MODEL_BAD_ENUM',
  badNumber: 'KEDJA_MODEL_BAD_NUMBER',
  badBoolean: 'KEDJA_MODEL_BAD_BOOLEAN',
  badCountry: 'KEDJA_MODEL_BAD_COUNTRY',
  badAttribute: 'KEDJA_MODEL_BAD_ATTRIBUTE',
  unknownEdgeKind: 'KEDJA_MODEL_UNKNOWN_EDGE_KIND',
  wrongEndpoint: 'KEDJA_MODEL_WRONG_ENDPOINT',
  selfLoop: 'KEDJA_MODEL_SELF_LOOP',
  duplicateEdge: 'KEDJA_MODEL_DUPLICATE_EDGE',
  loneAlternative: 'KEDJA_MODEL_LONE_ALTERNATIVE',
  reservedId: 'KEDJA_MODEL_RESERVED_ID',
  invalidId: 'KEDJA_MODEL_INVALID_ID',
  duplicateGroup: 'KEDJA_MODEL_DUPLICATE_GROUP',
  unknownGroup: 'KEDJA_MODEL_UNKNOWN_GROUP',
  ownershipCycle: 'KEDJA_MODEL_OWNERSHIP_CYCLE',
  possibleAlternative: 'KEDJA_MODEL_POSSIBLE_ALTERNATIVE',
  confirmedProbability: 'KEDJA_MODEL_CONFIRMED_PROBABILITY',
} as const;

/** The model's code for each problem of a parents table. */
const PARENT_CODES: Readonly<Record<ParentProblemKind, string>> = {
  duplicateGroup: MODEL_CODES.duplicateGroup,
  unknownParent: MODEL_CODES.unknownGroup,
  cycle: MODEL_CODES.ownershipCycle,
};

type Attributes = Record<string, unknown>;
/** Reports a problem of one node or edge (or of the whole graph). */
type Report = (code: string, message: string) => void;
/** How many edges of a source node are in each of its alternatives groups, and the first of them. */
type GroupCounts = Map<string, { members: number; edge: string }>;

const isNodeKind = (value: unknown): value is NodeKind => NODE_KINDS.includes(value as NodeKind);
const isEdgeKind = (value: unknown): value is EdgeKind => EDGE_KINDS.includes(value as EdgeKind);

const ORGANISATION_FLAGS = ['cloud', 'usesSaas', 'usesPaas', 'usesIaas', 'subcontractorRoutine'] as const;
const EDGE_FLAGS = ['critical', 'fallback'] as const;
const EDGE_LABELS = ['alternatives', 'function', 'service'] as const;

/** Validates a graph against the Kedja model; returns every problem found (empty when valid). */
export function validateGraph(graph: AbstractGraph): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const reportAt =
    (where: { node?: string; edge?: string }): Report =>
    (code, message) =>
      problems.push({ code, severity: 'error', message, ...where });

  if (graph.type === 'undirected') {
    reportAt({})(
      MODEL_CODES.notDirected,
      'a Kedja graph must be directed: dependencies point from dependent to supplier',
    );
  }
  checkParentsAttribute(graph.getAttribute('parents'), reportAt({}));
  graph.forEachNode((node, attributes) => checkNode(attributes as Attributes, reportAt({ node })));

  const seen = new Set<string>();
  const groups: GroupCounts = new Map();
  graph.forEachEdge((edge, raw, source, target, sourceRaw, targetRaw, undirected) => {
    const attributes = raw as Attributes;
    const report = reportAt({ edge });
    const kind = attributes.kind;
    if (undirected) {
      report(MODEL_CODES.notDirected, 'edges must be directed, from the dependent to what it depends on');
    }
    if (!isEdgeKind(kind)) {
      report(MODEL_CODES.unknownEdgeKind, `edge kind ${quoteValue(kind)} is not one of ${EDGE_KINDS.join(', ')}`);
      return;
    }
    checkEndpoints(kind, source, (sourceRaw as Attributes).kind, target, (targetRaw as Attributes).kind, report);
    checkEdgeAttributes(attributes, report);
    checkDuplicate(seen, kind, source, target, attributes, report);
    countAlternative(groups, edge, source, attributes);
  });

  for (const warning of loneAlternatives(groups)) problems.push(warning);
  return problems;
}

/** The graph's `parents` table: a list of groups, each well formed, then sound as a whole (checkParents). */
function checkParentsAttribute(parents: unknown, report: Report): void {
  if (parents === undefined) return;
  if (!Array.isArray(parents)) {
    report(MODEL_CODES.badAttribute, 'the graph attribute parents must be a list of ownership groups');
    return;
  }
  let wellFormed = true;
  parents.forEach((row: unknown, i) => {
    const at = (message: string) => `parents[${i}]: ${message}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report(MODEL_CODES.badAttribute, at('an ownership group is an object with a group name'));
      wellFormed = false;
      return;
    }
    const group = row as Attributes;
    if (typeof group.group !== 'string' || group.group.trim() === '') {
      report(MODEL_CODES.badAttribute, at('every ownership group needs a non-empty group'));
      wellFormed = false;
    }
    const inRow = (code: string, message: string) => report(code, at(message));
    checkString(group, 'name', inRow);
    checkString(group, 'parent', inRow);
    if (group.parent !== undefined && typeof group.parent !== 'string') wellFormed = false;
    if (group.country !== undefined) checkCountry('country', group.country, inRow);
  });
  if (!wellFormed) return;
  for (const problem of checkParents(parents as { group: string; parent?: string }[], (i) => `parents[${i}]`)) {
    report(PARENT_CODES[problem.kind], `parents[${problem.index}]: ${problem.message}`);
  }
}

/** A node: its kind, its name, then the attributes of its kind. */
function checkNode(attributes: Attributes, report: Report): void {
  const kind = attributes.kind;
  if (!isNodeKind(kind)) {
    report(MODEL_CODES.unknownKind, `node kind ${quoteValue(kind)} is not one of ${NODE_KINDS.join(', ')}`);
    return;
  }
  if (typeof attributes.name !== 'string' || attributes.name.trim() === '') {
    report(MODEL_CODES.missingName, `every ${kind} needs a non-empty name`);
  }
  switch (kind) {
    case 'organisation':
      checkOrganisation(attributes, report);
      break;
    case 'service':
      checkService(attributes, report);
      break;
    case 'supplier':
      checkSupplier(attributes, report);
      break;
  }
}

function checkOrganisation(attributes: Attributes, report: Report): void {
  checkEnum(attributes, 'orgType', ORG_TYPES, report);
  checkString(attributes, 'code', report);
  checkString(attributes, 'county', report);
  checkCount(attributes, 'population', report);
  checkCount(attributes, 'employees', report);
  checkStringList(attributes, 'sectors', report);
  for (const key of ORGANISATION_FLAGS) checkBoolean(attributes, key, report);
  checkStringList(attributes, 'processingCountries', report, (value) =>
    checkCountry('processingCountries', value, report),
  );
  checkString(attributes, 'sharedSupplierRisk', report);
  checkStringList(attributes, 'incidentKinds', report);
  checkStringList(attributes, 'ownOperation', report);
}

function checkService(attributes: Attributes, report: Report): void {
  checkEnum(attributes, 'model', SERVICE_MODELS, report);
  checkString(attributes, 'category', report);
  checkStringList(attributes, 'countries', report, (value) => checkCountry('countries', value, report));
}

function checkSupplier(attributes: Attributes, report: Report): void {
  if (attributes.country !== undefined) checkCountry('country', attributes.country, report);
  checkString(attributes, 'parent', report);
  checkEnum(attributes, 'subcontracting', SUBCONTRACTING, report);
  const p = attributes.failureProbability;
  if (p !== undefined && !(typeof p === 'number' && p >= 0 && p <= 1)) {
    report(MODEL_CODES.badNumber, `failureProbability must be a number from 0 to 1, not ${quoteValue(p)}`);
  }
}

function checkString(attributes: Attributes, key: string, report: Report): void {
  const value = attributes[key];
  if (value !== undefined && typeof value !== 'string') {
    report(MODEL_CODES.badAttribute, `${key} must be a string, not ${quoteValue(value)}`);
  }
}

function checkBoolean(attributes: Attributes, key: string, report: Report): void {
  const value = attributes[key];
  if (value !== undefined && typeof value !== 'boolean') {
    report(MODEL_CODES.badBoolean, `${key} must be true or false, not ${quoteValue(value)}`);
  }
}

function checkEnum(attributes: Attributes, key: string, allowed: readonly string[], report: Report): void {
  const value = attributes[key];
  if (value !== undefined && !allowed.includes(value as string)) {
    report(MODEL_CODES.badEnum, `${key} ${quoteValue(value)} is not one of ${allowed.join(', ')}`);
  }
}

function checkCount(attributes: Attributes, key: string, report: Report): void {
  const value = attributes[key];
  if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
    report(MODEL_CODES.badNumber, `${key} must be a whole number of 0 or more, not ${quoteValue(value)}`);
  }
}

function checkCountry(key: string, value: unknown, report: Report): void {
  if (typeof value !== 'string' || !isCountryCode(value)) {
    report(MODEL_CODES.badCountry, `${key} ${quoteValue(value)} is not an ISO 3166-1 alpha-2 code such as SE`);
  }
}

/** A list of strings, each then given to `each` when the list is well formed. */
function checkStringList(attributes: Attributes, key: string, report: Report, each?: (value: unknown) => void): void {
  const value = attributes[key];
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    report(MODEL_CODES.badAttribute, `${key} must be a list of strings`);
  } else if (each) {
    value.forEach(each);
  }
}

/** An edge joins the node kinds its kind names, and never a node to itself. */
function checkEndpoints(
  kind: EdgeKind,
  source: string,
  actualSource: unknown,
  target: string,
  actualTarget: unknown,
  report: Report,
): void {
  if (source === target) {
    report(MODEL_CODES.selfLoop, `${source} cannot depend on itself`);
  }
  const [sourceKind, targetKind] = EDGE_ENDPOINTS[kind];
  if (isNodeKind(actualSource) && actualSource !== sourceKind) {
    report(MODEL_CODES.wrongEndpoint, `a ${kind} edge starts at a ${sourceKind}, but ${source} is a ${actualSource}`);
  }
  if (isNodeKind(actualTarget) && actualTarget !== targetKind) {
    report(MODEL_CODES.wrongEndpoint, `a ${kind} edge ends at a ${targetKind}, but ${target} is a ${actualTarget}`);
  }
}

function checkEdgeAttributes(attributes: Attributes, report: Report): void {
  for (const key of EDGE_FLAGS) checkBoolean(attributes, key, report);
  const hours = attributes.maxOutageHours;
  if (hours !== undefined && !(typeof hours === 'number' && Number.isFinite(hours) && hours >= 0)) {
    report(MODEL_CODES.badNumber, `maxOutageHours must be a number of 0 or more, not ${quoteValue(hours)}`);
  }
  const rank = attributes.rank;
  if (rank !== undefined && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1)) {
    report(MODEL_CODES.badNumber, `rank must be a whole number of 1 or more, not ${quoteValue(rank)}`);
  }
  for (const key of EDGE_LABELS) checkString(attributes, key, report);
  checkCertainty(attributes, report);
}

/** What KEDJA_MODEL_POSSIBLE_ALTERNATIVE says (and KEDJA_CSV_POSSIBLE_ALTERNATIVE, at its column). */
export const POSSIBLE_ALTERNATIVE_MESSAGE =
  'a possible edge cannot be in an alternatives group (a declared alternative is knowledge, not doubt); remove the label or confirm the edge';
/** What KEDJA_MODEL_CONFIRMED_PROBABILITY says (and KEDJA_CSV_CONFIRMED_PROBABILITY, at its column). */
export const CONFIRMED_PROBABILITY_MESSAGE =
  'only a possible edge has a probability; mark the edge possible or leave the probability out';

/** certainty and probability: a known certainty, a probability from 0 to 1 only on a possible edge, no possible alternative. */
function checkCertainty(attributes: Attributes, report: Report): void {
  checkEnum(attributes, 'certainty', EDGE_CERTAINTIES, report);
  const possible = attributes.certainty === 'possible';
  const p = attributes.probability;
  if (p !== undefined && !(typeof p === 'number' && p >= 0 && p <= 1)) {
    report(MODEL_CODES.badNumber, `probability must be a number from 0 to 1, not ${quoteValue(p)}`);
  } else if (p !== undefined && !possible) {
    report(MODEL_CODES.confirmedProbability, CONFIRMED_PROBABILITY_MESSAGE);
  }
  if (possible && typeof attributes.alternatives === 'string' && attributes.alternatives !== '') {
    report(MODEL_CODES.possibleAlternative, POSSIBLE_ALTERNATIVE_MESSAGE);
  }
}

/** Two edges of one kind between the same nodes (for subcontracts: for the same service). */
function checkDuplicate(
  seen: Set<string>,
  kind: EdgeKind,
  source: string,
  target: string,
  attributes: Attributes,
  report: Report,
): void {
  const identity = JSON.stringify([kind, source, target, kind === 'subcontracts' ? (attributes.service ?? '') : '']);
  if (seen.has(identity)) {
    report(MODEL_CODES.duplicateEdge, `${source} has two ${kind} edges to ${target}`);
  }
  seen.add(identity);
}

function countAlternative(groups: GroupCounts, edge: string, source: string, attributes: Attributes): void {
  const group = attributes.alternatives;
  if (typeof group !== 'string' || group === '') return;
  const key = JSON.stringify([source, group]);
  const entry = groups.get(key);
  if (entry) entry.members++;
  else groups.set(key, { members: 1, edge });
}

/** What KEDJA_MODEL_LONE_ALTERNATIVE says, the same from the graph and from the snapshot loader. */
export const loneAlternativeMessage = (group: string, node: string) =>
  `alternatives group ${quoteValue(group)} of ${node} has a single member, so it gives no redundancy`;

/** Warnings for the alternatives groups with a single member, which give no redundancy. */
function loneAlternatives(groups: GroupCounts): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [key, { members, edge }] of groups) {
    if (members !== 1) continue;
    const [node, group] = JSON.parse(key) as [string, string];
    warnings.push({
      code: MODEL_CODES.loneAlternative,
      severity: 'warning',
      message: loneAlternativeMessage(group, node),
      node,
      edge,
    });
  }
  return warnings;
}
