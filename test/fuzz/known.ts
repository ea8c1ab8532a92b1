/**
 * Known open defects that the fuzz harness finds, allowed until they are fixed so that a run stays
 * meaningful: a failure whose invariant and key match an entry (and, where the entry says so, whose
 * case has a matching mutation) is counted as known, not as a failure. Remove an entry with the fix
 * of its defect; the summary says how often each matched.
 */
import type { Failure } from './commands.js';

export interface Known {
  invariant: string;
  /** Matches the failure's key. */
  key: RegExp;
  /** When given, one of the case's mutations (as printed) must match too. */
  mutation?: RegExp;
  /** What the defect is. */
  defect: string;
}

export const KNOWN: Known[] = [
  // import-survey compares every spelling in the answers that exact evidence does not settle with
  // every catalogue spelling of its kind (near matching), so its time grows with their product: a
  // catalogue of 60,000 more suppliers takes about 25 s. A candidate index (shared n-grams) would
  // bound it; until then it is allowed for the many-rows mutation only.
  ...(['hang', 'slow'] as const).map((invariant) => ({
    invariant,
    key: /^import-survey$/,
    mutation: /^many-rows: /,
    defect: 'import-survey: near matching time grows with answers × catalogue',
  })),
];

export function knownDefect(f: Failure, mutations: readonly string[]): Known | undefined {
  return KNOWN.find(
    (k) =>
      k.invariant === f.invariant && k.key.test(f.key) && (!k.mutation || mutations.some((m) => k.mutation!.test(m))),
  );
}
