/**
 * Mitigation advice on a graph (see advise.ts for the method and risk-model.ts for the score):
 * the same answer with ids in place of snapshot indices, ready for reports.
 * O(V + E) to set up, then as adviseChanges.
 */
import { snapshotInput } from '../kernel/index.js';
import type { KedjaGraph } from '../model/index.js';
import { adviseChanges, type AdviseOptions, type LowerScores } from './advise.js';
import type { RiskMeasure } from './risk-model.js';

export interface MitigationStep {
  kind: 'alternative' | 'fallback' | 'move';
  /** alternative, fallback: the service. */
  service?: string;
  /** fallback: the organisation, and the function it runs on the service (when the data names it). */
  organisation?: string;
  function?: string;
  /** move: the supplier and the shared subcontractor it moves off. */
  supplier?: string;
  subcontractor?: string;
  /** alternative: the suppliers whose failure alone takes the service down today. */
  failsWith?: string[];
  /** move: the other suppliers that use the subcontractor. */
  sharedWith?: string[];
  scoreBefore: number;
  scoreAfter: number;
  reduction: number;
  /** Per supplier failing alone: the organisations that keep their critical functions thanks to this change. */
  spared: { supplier: string; organisations: string[] }[];
  /** Only with possible edges (the advice answers for the upper bound): the scores in the lower bound. */
  lower?: LowerScores & { reduction: number };
}

export interface MitigationAdvice {
  by: RiskMeasure;
  scoreBefore: number;
  scoreAfter: number;
  /** Suppliers whose single failures the score sums. */
  suppliers: number;
  candidates: number;
  steps: MitigationStep[];
  /** Only with possible edges: the advice is computed on the upper bound; the scores in the lower bound. */
  lower?: LowerScores;
}

export function mitigationAdvice(graph: KedjaGraph, options: AdviseOptions = {}): MitigationAdvice {
  const { input, edgeKeys } = snapshotInput(graph);
  const hasFallback = Uint8Array.from(edgeKeys, (key) => {
    const attributes = graph.getEdgeAttributes(key);
    return attributes.kind === 'uses' && attributes.fallback === true ? 1 : 0;
  });
  const result = adviseChanges(input, hasFallback, options);
  const id = (index: number) => input.ids[index]!;
  const ids = (indices: number[]) => indices.map(id).sort();
  const steps = result.advice.map((advice): MitigationStep => {
    const { change } = advice;
    const common = {
      scoreBefore: advice.scoreBefore,
      scoreAfter: advice.scoreAfter,
      reduction: advice.scoreBefore - advice.scoreAfter,
      spared: advice.spared
        .map((s) => ({ supplier: id(s.supplier), organisations: ids(s.organisations) }))
        .sort((a, b) => (a.supplier < b.supplier ? -1 : 1)),
      ...(advice.lower
        ? { lower: { ...advice.lower, reduction: advice.lower.scoreBefore - advice.lower.scoreAfter } }
        : {}),
    };
    switch (change.kind) {
      case 'alternative':
        return { kind: 'alternative', service: id(change.service), failsWith: ids(advice.context), ...common };
      case 'fallback': {
        const attributes = graph.getEdgeAttributes(edgeKeys[change.edge]!);
        const fn = attributes.kind === 'uses' ? attributes.function : undefined;
        return {
          kind: 'fallback',
          organisation: id(change.organisation),
          service: id(change.service),
          ...(fn !== undefined ? { function: fn } : {}),
          ...common,
        };
      }
      case 'move':
        return {
          kind: 'move',
          supplier: id(change.supplier),
          subcontractor: id(change.subcontractor),
          sharedWith: ids(advice.context),
          ...common,
        };
    }
  });
  return {
    by: result.by,
    scoreBefore: result.scoreBefore,
    scoreAfter: result.scoreAfter,
    suppliers: input.supplierCount,
    candidates: result.candidates,
    steps,
    ...(result.lower ? { lower: result.lower } : {}),
  };
}
