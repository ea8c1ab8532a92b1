/**
 * Validation of a Kedja graph: every problem at once, each with a stable code.
 *
 * Accepts any graphology graph (for example one read from JSON) and checks it against the model of
 * `types.ts`: node and edge kinds, required names, enums, numbers, country codes, the node kinds
 * each edge joins, self-loops, duplicate edges, and (as warnings) alternatives groups with a single
 * member, which are no redundancy at all. O(V + E).
 */
import type { AbstractGraph } from 'graphology-types';

import type { Diagnostic } from '../errors.js';
import { isCountryCode } from './countries.js';
import {
  EDGE_ENDPOINTS,
  EDGE_KINDS,
  NODE_KINDS,
  ORG_TYPES,
  SERVICE_MODELS,
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
} as const;

type Attributes = Record<string, unknown>;

const isNodeKind = (value: unknown): value is NodeKind => NODE_KINDS.includes(value as NodeKind);
const isEdgeKind = (value: unknown): value is EdgeKind => EDGE_KINDS.includes(value as EdgeKind);

/** Validates a graph against the Kedja model; returns every problem found (empty when valid). */
export function validateGraph(graph: AbstractGraph): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const error = (code: string, message: string, where: { node?: string; edge?: string }) =>
    problems.push({ code, severity: 'error', message, ...where });

  if (graph.type === 'undirected') {
    error(MODEL_CODES.notDirected, 'a Kedja graph must be directed: dependencies point from dependent to supplier', {});
  }

  graph.forEachNode((node, raw) => {
    const attributes = raw as Attributes;
    const where = { node };
    const kind = attributes.kind;
    if (!isNodeKind(kind)) {
      error(MODEL_CODES.unknownKind, `node kind ${JSON.stringify(kind)} is not one of ${NODE_KINDS.join(', ')}`, where);
      return;
    }
    if (typeof attributes.name !== 'string' || attributes.name.trim() === '') {
      error(MODEL_CODES.missingName, `every ${kind} needs a non-empty name`, where);
    }
    const checkString = (key: string) => {
      const value = attributes[key];
      if (value !== undefined && typeof value !== 'string') {
        error(MODEL_CODES.badAttribute, `${key} must be a string, not ${JSON.stringify(value)}`, where);
      }
    };
    const checkEnum = (key: string, allowed: readonly string[]) => {
      const value = attributes[key];
      if (value !== undefined && !allowed.includes(value as string)) {
        error(MODEL_CODES.badEnum, `${key} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, where);
      }
    };
    const checkCount = (key: string) => {
      const value = attributes[key];
      if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
        error(MODEL_CODES.badNumber, `${key} must be a whole number of 0 or more, not ${JSON.stringify(value)}`, where);
      }
    };
    const checkCountry = (key: string, value: unknown) => {
      if (typeof value !== 'string' || !isCountryCode(value)) {
        error(
          MODEL_CODES.badCountry,
          `${key} ${JSON.stringify(value)} is not an ISO 3166-1 alpha-2 code such as SE`,
          where,
        );
      }
    };
    const checkStringList = (key: string, each?: (value: unknown) => void) => {
      const value = attributes[key];
      if (value === undefined) return;
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        error(MODEL_CODES.badAttribute, `${key} must be a list of strings`, where);
      } else if (each) {
        value.forEach(each);
      }
    };

    switch (kind) {
      case 'organisation':
        checkEnum('orgType', ORG_TYPES);
        checkString('code');
        checkString('county');
        checkCount('population');
        checkCount('employees');
        checkStringList('sectors');
        for (const key of ['cloud', 'usesSaas', 'usesPaas', 'usesIaas', 'subcontractorRoutine']) {
          const value = attributes[key];
          if (value !== undefined && typeof value !== 'boolean') {
            error(MODEL_CODES.badBoolean, `${key} must be true or false, not ${JSON.stringify(value)}`, where);
          }
        }
        checkStringList('processingCountries', (value) => checkCountry('processingCountries', value));
        checkString('sharedSupplierRisk');
        checkStringList('incidentKinds');
        break;
      case 'service':
        checkEnum('model', SERVICE_MODELS);
        checkString('category');
        checkStringList('countries', (value) => checkCountry('countries', value));
        break;
      case 'supplier':
        if (attributes.country !== undefined) checkCountry('country', attributes.country);
        checkString('parent');
        {
          const p = attributes.failureProbability;
          if (p !== undefined && !(typeof p === 'number' && p >= 0 && p <= 1)) {
            error(
              MODEL_CODES.badNumber,
              `failureProbability must be a number from 0 to 1, not ${JSON.stringify(p)}`,
              where,
            );
          }
        }
        break;
    }
  });

  const seen = new Set<string>();
  const groups = new Map<string, { members: number; edge: string }>();
  graph.forEachEdge((edge, raw, source, target, sourceRaw, targetRaw, undirected) => {
    const attributes = raw as Attributes;
    const where = { edge };
    const kind = attributes.kind;
    if (undirected) {
      error(MODEL_CODES.notDirected, 'edges must be directed, from the dependent to what it depends on', where);
    }
    if (!isEdgeKind(kind)) {
      error(
        MODEL_CODES.unknownEdgeKind,
        `edge kind ${JSON.stringify(kind)} is not one of ${EDGE_KINDS.join(', ')}`,
        where,
      );
      return;
    }
    if (source === target) {
      error(MODEL_CODES.selfLoop, `${source} cannot depend on itself`, where);
    }
    const [sourceKind, targetKind] = EDGE_ENDPOINTS[kind];
    const actualSource = (sourceRaw as Attributes).kind;
    const actualTarget = (targetRaw as Attributes).kind;
    if (isNodeKind(actualSource) && actualSource !== sourceKind) {
      error(
        MODEL_CODES.wrongEndpoint,
        `a ${kind} edge starts at a ${sourceKind}, but ${source} is a ${actualSource}`,
        where,
      );
    }
    if (isNodeKind(actualTarget) && actualTarget !== targetKind) {
      error(
        MODEL_CODES.wrongEndpoint,
        `a ${kind} edge ends at a ${targetKind}, but ${target} is a ${actualTarget}`,
        where,
      );
    }
    for (const key of ['critical', 'fallback'] as const) {
      const value = attributes[key];
      if (value !== undefined && typeof value !== 'boolean') {
        error(MODEL_CODES.badBoolean, `${key} must be true or false, not ${JSON.stringify(value)}`, where);
      }
    }
    const hours = attributes.maxOutageHours;
    if (hours !== undefined && !(typeof hours === 'number' && Number.isFinite(hours) && hours >= 0)) {
      error(MODEL_CODES.badNumber, `maxOutageHours must be a number of 0 or more, not ${JSON.stringify(hours)}`, where);
    }
    const rank = attributes.rank;
    if (rank !== undefined && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1)) {
      error(MODEL_CODES.badNumber, `rank must be a whole number of 1 or more, not ${JSON.stringify(rank)}`, where);
    }
    for (const key of ['alternatives', 'function', 'service'] as const) {
      const value = attributes[key];
      if (value !== undefined && typeof value !== 'string') {
        error(MODEL_CODES.badAttribute, `${key} must be a string, not ${JSON.stringify(value)}`, where);
      }
    }

    const identity = JSON.stringify([kind, source, target, kind === 'subcontracts' ? (attributes.service ?? '') : '']);
    if (seen.has(identity)) {
      error(MODEL_CODES.duplicateEdge, `${source} has two ${kind} edges to ${target}`, where);
    }
    seen.add(identity);

    const group = attributes.alternatives;
    if (typeof group === 'string' && group !== '') {
      const key = JSON.stringify([source, group]);
      const entry = groups.get(key);
      if (entry) entry.members++;
      else groups.set(key, { members: 1, edge });
    }
  });

  for (const [key, { members, edge }] of groups) {
    if (members !== 1) continue;
    const [node, group] = JSON.parse(key) as [string, string];
    problems.push({
      code: MODEL_CODES.loneAlternative,
      severity: 'warning',
      message: `alternatives group "${group}" of ${node} has a single member, so it gives no redundancy`,
      node,
      edge,
    });
  }
  return problems;
}
