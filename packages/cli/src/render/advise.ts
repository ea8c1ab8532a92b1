/**
 * `kedja advise`: mitigation advice as the `--json` document (each step with names, its advice
 * and its effect in words) and as numbered paragraphs a planner can take to a procurement meeting:
 * what to change, and who then keeps their critical functions when which supplier fails.
 */
import { nodeName, type KedjaGraph, type MitigationAdvice, type MitigationStep } from '@kedja/core';

import { largestFirst } from '../output/order.js';
import { formatNumber, plural } from '../output/table.js';
import { listWords } from '../output/words.js';

const either = (items: string[], word: 'and' | 'or' = 'or') => listWords(items, { word });

export function scoreDefinition(advice: MitigationAdvice): string {
  const what =
    advice.by === 'critical'
      ? 'the organisations that then lose a critical function'
      : 'the population served by the organisations that then lose a critical function';
  return (
    `the sum, over each of the ${formatNumber(advice.suppliers)} suppliers failing alone, of ${what} ` +
    '(a function with a fallback routine does not count as lost)'
  );
}

const score = (advice: MitigationAdvice, value: number) =>
  advice.by === 'population' ? `${formatNumber(value)} residents` : formatNumber(value);

/** What to do, in one sentence a planner can take to a procurement meeting. */
export function describeChange(graph: KedjaGraph, step: MitigationStep): string {
  const name = (id: string) => `${nodeName(graph, id)} (${id})`;
  switch (step.kind) {
    case 'alternative':
      return (
        `Procure a second, independent supplier for ${name(step.service!)} and declare it as an alternative ` +
        `(one that relies on none of today's suppliers). Today the service fails whenever ${either(step.failsWith!.map((id) => nodeName(graph, id)))} fails.`
      );
    case 'fallback':
      return (
        `${name(step.organisation!)} sets up a manual fallback routine for ${step.function ?? 'its work'} on ${name(step.service!)}, ` +
        `so that the work can go on while ${nodeName(graph, step.service!)} is down.`
      );
    case 'move':
      return (
        `Ask ${name(step.supplier!)} to move off its subcontractor ${name(step.subcontractor!)}, which it shares with ` +
        `${either(
          step.sharedWith!.map((id) => nodeName(graph, id)),
          'and',
        )}, to one of its own (or to declare a second one as an alternative).`
      );
  }
}

/** The effect: the score, and who keeps their critical functions when which supplier fails. */
export function describeEffect(graph: KedjaGraph, advice: MitigationAdvice, step: MitigationStep): string {
  const percent = step.scoreBefore > 0 ? Math.round((step.reduction / step.scoreBefore) * 100) : 0;
  // Suppliers with the same spared organisations are told together.
  const groups = new Map<string, { suppliers: string[]; organisations: string[] }>();
  for (const s of step.spared) {
    const key = s.organisations.join('\u0000');
    if (!groups.has(key)) groups.set(key, { suppliers: [], organisations: s.organisations });
    groups.get(key)!.suppliers.push(s.supplier);
  }
  const parts = [...groups.values()].map(({ suppliers, organisations }) => {
    const names = [...organisations].sort(largestFirst(graph)).map((id) => nodeName(graph, id));
    const who =
      names.length <= 3
        ? `${either(names, 'and')} ${names.length === 1 ? 'keeps its' : 'keep their'}`
        : `${formatNumber(names.length)} organisations (${either(names, 'and')}) keep their`;
    return `when ${either(suppliers.map((id) => nodeName(graph, id)))} fails alone, ${who} critical functions`;
  });
  return (
    `Effect: the risk score falls from ${score(advice, step.scoreBefore)} to ${score(advice, step.scoreAfter)} ` +
    `(-${score(advice, step.reduction)}, -${percent} %): ${parts.join('; ')}.`
  );
}

interface Named {
  id: string;
  name: string;
}

/** One step of `advise --json`: the change with names, its score, who it spares, and both in words. */
export interface AdviceStepJson {
  kind: MitigationStep['kind'];
  service?: Named;
  organisation?: Named;
  function?: string;
  supplier?: Named;
  subcontractor?: Named;
  failsWith?: Named[];
  sharedWith?: Named[];
  scoreBefore: number;
  scoreAfter: number;
  reduction: number;
  spared: { supplier: Named; organisations: Named[] }[];
  advice: string;
  effect: string;
}

export interface AdviceJson {
  by: MitigationAdvice['by'];
  definition: string;
  scoreBefore: number;
  scoreAfter: number;
  candidates: number;
  steps: AdviceStepJson[];
}

export function adviceJson(graph: KedjaGraph, advice: MitigationAdvice): AdviceJson {
  const named = (id: string): Named => ({ id, name: nodeName(graph, id) });
  return {
    by: advice.by,
    definition: scoreDefinition(advice),
    scoreBefore: advice.scoreBefore,
    scoreAfter: advice.scoreAfter,
    candidates: advice.candidates,
    steps: advice.steps.map((step) => ({
      kind: step.kind,
      ...(step.service !== undefined ? { service: named(step.service) } : {}),
      ...(step.organisation !== undefined ? { organisation: named(step.organisation) } : {}),
      ...(step.function !== undefined ? { function: step.function } : {}),
      ...(step.supplier !== undefined ? { supplier: named(step.supplier) } : {}),
      ...(step.subcontractor !== undefined ? { subcontractor: named(step.subcontractor) } : {}),
      ...(step.failsWith ? { failsWith: step.failsWith.map(named) } : {}),
      ...(step.sharedWith ? { sharedWith: step.sharedWith.map(named) } : {}),
      scoreBefore: step.scoreBefore,
      scoreAfter: step.scoreAfter,
      reduction: step.reduction,
      spared: step.spared.map((s) => ({ supplier: named(s.supplier), organisations: s.organisations.map(named) })),
      advice: describeChange(graph, step),
      effect: describeEffect(graph, advice, step),
    })),
  };
}

export function renderAdvice(graph: KedjaGraph, advice: MitigationAdvice, top: number): string {
  const out: string[] = [
    `Mitigation advice: up to ${plural(top, 'change')}, each the one that cuts the systemic risk score most, given those before it.`,
    `Systemic risk score: ${scoreDefinition(advice)}. Today: ${score(advice, advice.scoreBefore)}.`,
    '',
  ];
  if (advice.steps.length === 0) {
    out.push(
      advice.scoreBefore === 0
        ? 'The score is already 0: no single supplier failure costs any organisation a critical function.'
        : 'No candidate change lowers the score: what remains comes from direct contracts and from organisations’ own choices.',
    );
    return `${out.join('\n')}\n`;
  }
  advice.steps.forEach((step, i) => {
    out.push(`${i + 1}. ${describeChange(graph, step)}`, `   ${describeEffect(graph, advice, step)}`, '');
  });
  const total =
    advice.scoreBefore > 0 ? Math.round(((advice.scoreBefore - advice.scoreAfter) / advice.scoreBefore) * 100) : 0;
  out.push(
    `After ${plural(advice.steps.length, 'change')} the score is ${score(advice, advice.scoreAfter)} (-${total} %).` +
      (advice.steps.length < top
        ? ' No other candidate change (an alternative supplier, a fallback routine, moving off a shared subcontractor) lowers it further.'
        : ''),
  );
  return `${out.join('\n')}\n`;
}
