/**
 * `kedja advise`: mitigation advice as the `--json` document (each step with names, its advice
 * and its effect in words) and as numbered paragraphs a planner can take to a procurement meeting:
 * what to change, and who then keeps their critical functions when which supplier fails.
 */
import { nodeName, type KedjaGraph, type MitigationAdvice, type MitigationStep } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';

import { messagesIn } from '../messages/index.js';
import { largestFirst } from '../output/order.js';
import { formatNumber } from '../output/table.js';
import { listWords } from '../output/words.js';

const either = (items: string[], lang: Lang, word: 'and' | 'or' = 'or') => listWords(items, { word, lang });

/** What the systemic risk score counts, in `lang` (English unless told: `advise --json` carries it). */
export function scoreDefinition(advice: MitigationAdvice, lang: Lang = 'en'): string {
  const m = messagesIn(lang).advise;
  return m.definition(formatNumber(advice.suppliers, lang), advice.by === 'critical' ? m.byCritical : m.byPopulation);
}

const score = (advice: MitigationAdvice, value: number, lang: Lang) =>
  advice.by === 'population' ? messagesIn(lang).advise.residents(formatNumber(value, lang)) : formatNumber(value, lang);

/** What to do, in one sentence a planner can take to a procurement meeting (English unless told). */
export function describeChange(graph: KedjaGraph, step: MitigationStep, lang: Lang = 'en'): string {
  const m = messagesIn(lang).advise;
  const name = (id: string) => `${nodeName(graph, id)} (${id})`;
  const names = (ids: readonly string[]) => ids.map((id) => nodeName(graph, id));
  switch (step.kind) {
    case 'alternative':
      return m.alternative(name(step.service!), either(names(step.failsWith!), lang));
    case 'fallback':
      return m.fallback(
        name(step.organisation!),
        step.function ?? m.itsWork,
        name(step.service!),
        nodeName(graph, step.service!),
      );
    case 'move':
      return m.move(name(step.supplier!), name(step.subcontractor!), either(names(step.sharedWith!), lang, 'and'));
  }
}

/** The effect: the score, and who keeps their critical functions when which supplier fails (English unless told). */
export function describeEffect(
  graph: KedjaGraph,
  advice: MitigationAdvice,
  step: MitigationStep,
  lang: Lang = 'en',
): string {
  const m = messagesIn(lang).advise;
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
    const failing = either(
      suppliers.map((id) => nodeName(graph, id)),
      lang,
    );
    return names.length <= 3
      ? m.sparedFew(failing, either(names, lang, 'and'), names.length)
      : m.sparedMany(failing, formatNumber(names.length, lang), either(names, lang, 'and'));
  });
  return m.effect(
    score(advice, step.scoreBefore, lang),
    score(advice, step.scoreAfter, lang),
    score(advice, step.reduction, lang),
    String(percent),
    parts.join('; '),
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
  /** Only with possible dependencies (the fields above: the upper bound): the scores in the lower bound. */
  lower?: MitigationStep['lower'];
}

export interface AdviceJson {
  by: MitigationAdvice['by'];
  definition: string;
  scoreBefore: number;
  scoreAfter: number;
  candidates: number;
  steps: AdviceStepJson[];
  /** Only with possible dependencies: the advice answers for the upper bound; the lower bound's scores. */
  lower?: MitigationAdvice['lower'];
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
      ...(step.lower ? { lower: step.lower } : {}),
    })),
    ...(advice.lower ? { lower: advice.lower } : {}),
  };
}

/** The advice as numbered paragraphs in `lang` (English unless told), up to `top` changes. */
export function renderAdvice(graph: KedjaGraph, advice: MitigationAdvice, top: number, lang: Lang = 'en'): string {
  const m = messagesIn(lang).advise;
  const n = (value: number) => formatNumber(value, lang);
  const out: string[] = [
    m.title(n(top), top),
    m.score(scoreDefinition(advice, lang), score(advice, advice.scoreBefore, lang)),
    ...(advice.lower ? [m.possible(score(advice, advice.lower.scoreBefore, lang))] : []),
    '',
  ];
  if (advice.steps.length === 0) {
    out.push(advice.scoreBefore === 0 ? m.zero : m.noCandidate);
    return `${out.join('\n')}\n`;
  }
  advice.steps.forEach((step, i) => {
    const lower = step.lower
      ? ` ${m.lowerEffect(score(advice, step.lower.scoreBefore, lang), score(advice, step.lower.scoreAfter, lang))}`
      : '';
    out.push(
      `${i + 1}. ${describeChange(graph, step, lang)}`,
      `   ${describeEffect(graph, advice, step, lang)}${lower}`,
      '',
    );
  });
  const total =
    advice.scoreBefore > 0 ? Math.round(((advice.scoreBefore - advice.scoreAfter) / advice.scoreBefore) * 100) : 0;
  out.push(
    m.after(n(advice.steps.length), advice.steps.length, score(advice, advice.scoreAfter, lang), String(total)) +
      (advice.steps.length < top ? ` ${m.noOther}` : ''),
  );
  return `${out.join('\n')}\n`;
}
