/**
 * What every spelling of the answers stands for, decided once all of them are known: each
 * distinct spelling matched against the catalogue (name-matcher.ts, once per kind, model and
 * spelling), then the evidence of what the same respondents name elsewhere (match-context.ts),
 * then the reviewer's decisions (apply-decisions.ts; one that takes the matcher's proposal keeps
 * the matcher's method, score and reasons), and last the spellings that still fit nothing
 * clustered into proposed new entries (cluster-unresolved.ts). O(spellings × the matcher's cost
 * + the clustering).
 */
import type { Diagnostic, NodeKind } from '@kedja/core';

import { applyDecisions, type Decided } from './apply-decisions.js';
import { clusterUnresolved, type Cluster, type ClusterItem } from './cluster-unresolved.js';
import { applyContext } from './match-context.js';
import type { MatchOptions, NameMatcher, Resolution } from './matcher-types.js';
import { nameForms } from './name-forms.js';
import type { Decision } from './read-decisions.js';
import type { DecisionReport } from './report-types.js';
import type { SpellingUse, SpellingUses } from './spelling-uses.js';

export interface ResolvedSpelling {
  resolution: Resolution;
  /** For a new node flagged unresolved: the proposed entry it belongs to. */
  group?: Cluster;
  /** The reviewer's decision that decided it. */
  decision?: Decision;
}

export interface ResolveSettings extends Required<MatchOptions> {
  decisions: readonly Decision[];
  /** The decisions file, named in the reasons and warnings. */
  decisionsFile: string | null;
  kindOf: (id: string) => NodeKind | undefined;
  diagnostics: Diagnostic[];
}

/** The matcher's resolution of each distinct spelling, asked once per kind, model and spelling. */
function matchAll(uses: SpellingUses, matcher: NameMatcher): Map<string, Resolution> {
  const memo = new Map<string, Resolution>();
  const resolutions = new Map<string, Resolution>();
  for (const [key, { question, raw }] of uses.spellings) {
    const memoKey = `${question.kind}\u0000${question.model ?? ''}\u0000${raw}`;
    let resolution = memo.get(memoKey);
    if (!resolution) {
      resolution = matcher.match(raw, question.kind, question.model);
      memo.set(memoKey, resolution);
    }
    resolutions.set(key, resolution);
  }
  return resolutions;
}

/** Whether a decision takes the matcher's own proposal, which then keeps its method, score and reasons. */
function confirms({ kind, ...rest }: Decided['outcome'], resolution: Resolution): boolean {
  switch (kind) {
    case 'catalogue':
      return resolution.result === 'merged' && 'id' in rest && resolution.id === rest.id;
    case 'none':
    case 'own-operation':
      return resolution.result === 'not-a-name' && (resolution.ownOperation === true) === (kind === 'own-operation');
    case 'new':
      return resolution.result === 'unresolved';
    case 'alone':
      return false;
  }
}

/** The resolution a decision gives: the matcher's own when it confirms it, else the reviewer's. */
function decidedResolution(decided: Decided, resolution: Resolution, matcher: NameMatcher, file: string): Resolution {
  const { outcome, decision } = decided;
  if (confirms(outcome, resolution)) return resolution;
  const by = `decided by the reviewer (${file}, line ${decision.line}: ${decision.decision}${decision.id ? ` ${decision.id}` : ''})`;
  switch (outcome.kind) {
    case 'catalogue':
      return {
        result: 'merged',
        method: 'decision',
        id: outcome.id,
        score: 1,
        matched: matcher.entry(outcome.id)!.name,
        reason: by,
      };
    case 'none':
      return { result: 'not-a-name', reason: `${by}: names nothing` };
    case 'own-operation':
      return { result: 'not-a-name', reason: `${by}: the organisation runs it itself`, ownOperation: true };
    case 'new':
      return { result: 'unresolved', reason: `${by}: the new entry ${outcome.id}` };
    case 'alone':
      return { result: 'unresolved', reason: `${by}: the proposal is wrong; a new node of its own` };
  }
}

/** Clusters the unresolved spellings (those a reviewer set alone stay alone). */
function groupUnresolved(
  uses: ReadonlyMap<string, SpellingUse>,
  resolved: Map<string, ResolvedSpelling>,
  decided: ReadonlyMap<string, Decided>,
  threshold: number,
): void {
  const items: ClusterItem[] = [];
  for (const [key, spelling] of resolved) {
    if (spelling.resolution.result !== 'unresolved') continue;
    const use = uses.get(key)!;
    const outcome = decided.get(key)?.outcome;
    if (outcome?.kind === 'alone') {
      spelling.group = { key: `alone:${key}`, name: use.raw, linkedBy: [], size: 1 };
      continue;
    }
    items.push({
      key,
      kind: use.question.kind,
      raw: use.raw,
      forms: nameForms(use.raw),
      occurrences: use.lines.length,
      ...(outcome?.kind === 'new' ? { anchor: outcome.id } : {}),
    });
  }
  for (const [key, cluster] of clusterUnresolved(items, threshold)) resolved.get(key)!.group = cluster;
}

export function resolveSpellings(
  uses: SpellingUses,
  matcher: NameMatcher,
  settings: ResolveSettings,
): { spellings: Map<string, ResolvedSpelling>; decisions: DecisionReport[] } {
  const resolutions = matchAll(uses, matcher);
  applyContext(uses, resolutions, matcher);
  const file = settings.decisionsFile ?? 'decisions';
  const { decided, reports } = applyDecisions(settings.decisions, {
    file,
    spellings: uses.spellings,
    resolutions,
    kindOf: settings.kindOf,
    diagnostics: settings.diagnostics,
  });
  const resolved = new Map<string, ResolvedSpelling>();
  for (const [key, resolution] of resolutions) {
    const decision = decided.get(key);
    resolved.set(
      key,
      decision
        ? { resolution: decidedResolution(decision, resolution, matcher, file), decision: decision.decision }
        : { resolution },
    );
  }
  groupUnresolved(uses.spellings, resolved, decided, settings.threshold);
  return { spellings: resolved, decisions: reports };
}
