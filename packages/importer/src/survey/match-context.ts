/**
 * Evidence across a respondent's answers: a spelling written beside a known supplier or its
 * product is evidence for the entries related to them. When a name is ambiguous and exactly one
 * of its tied candidates is related to what a respondent who wrote it names elsewhere (its
 * supplier named under Q15 for a service, one of its services named for a supplier), that
 * candidate merges, with method `context` and a reason that names the respondent's line and the
 * related entry. The candidate itself named beside it is no evidence ("Microsoft" beside "Teams"
 * is not Teams), and context never lifts a name that fits nothing well enough: a supplier with
 * many services named beside it says too little. O(spellings × respondents who wrote each ×
 * their names).
 */
import type { Candidate, NameMatcher, Resolution } from './matcher-types.js';
import type { SpellingUses } from './spelling-uses.js';

interface Support {
  line: number;
  id: string;
}

/** Per respondent, the catalogue ids its names merged into. */
function mergedByRespondent(uses: SpellingUses, resolutions: ReadonlyMap<string, Resolution>): Set<string>[] {
  return uses.respondents.map(({ spellings }) => {
    const ids = new Set<string>();
    for (const key of spellings) {
      const resolution = resolutions.get(key);
      if (resolution?.result === 'merged') ids.add(resolution.id);
    }
    return ids;
  });
}

export function applyContext(uses: SpellingUses, resolutions: Map<string, Resolution>, matcher: NameMatcher): void {
  const merged = mergedByRespondent(uses, resolutions);
  const writers = new Map<string, number[]>();
  uses.respondents.forEach(({ spellings }, i) => {
    for (const key of spellings) {
      const list = writers.get(key);
      if (list) list.push(i);
      else writers.set(key, [i]);
    }
  });
  const support = (key: string, candidate: Candidate): Support | undefined => {
    const related = matcher.entry(candidate.id)?.related ?? [];
    for (const i of writers.get(key) ?? []) {
      const id = related.find((r) => merged[i]!.has(r));
      if (id !== undefined) return { line: uses.respondents[i]!.line, id };
    }
    return undefined;
  };
  const because = (found: Support) =>
    `the respondent on line ${found.line} also names ${matcher.entry(found.id)?.name ?? found.id} (${found.id})`;
  for (const [key, resolution] of resolutions) {
    if (resolution.result !== 'ambiguous') continue;
    const supported = resolution.candidates
      .map((c) => ({ c, found: support(key, c) }))
      .filter((s): s is { c: Candidate; found: Support } => s.found !== undefined);
    if (supported.length !== 1) continue;
    const { c, found } = supported[0]!;
    resolutions.set(key, {
      result: 'merged',
      method: 'context',
      id: c.id,
      score: c.score,
      matched: c.matched,
      reason: `${resolution.reason}; ${because(found)}`,
      evidence: [`context: ${because(found)}`, ...(c.evidence ?? [])],
    });
  }
}
