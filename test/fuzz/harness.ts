/**
 * Runs many fuzz cases in a row (case.ts) and sums them up: failures grouped by invariant and key,
 * each group with the command that runs its first case again, known defects (known.ts) apart,
 * exit codes per command, and the slowest cases.
 */
import { removeLeftovers, runCase, type CaseResult } from './case.js';
import { knownDefect } from './known.js';
import { loadSeeds } from './seeds.js';

export interface Group {
  invariant: string;
  key: string;
  known?: string;
  count: number;
  /** The first case of the group, to run again. */
  first: CaseResult;
  detail: string;
}

export interface Summary {
  seed: number;
  cases: number;
  ms: number;
  groups: Group[];
  exitCodes: Map<string, number>;
  slowest: CaseResult[];
}

export const reproduce = (seed: number, index: number) => `pnpm fuzz --seed ${seed} --case ${index}`;

export async function runCases(
  seed: number,
  cases: number,
  onCase: (result: CaseResult, done: number) => void = () => undefined,
): Promise<Summary> {
  const seeds = await loadSeeds();
  const started = performance.now();
  const groups = new Map<string, Group>();
  const exitCodes = new Map<string, number>();
  let slowest: CaseResult[] = [];
  for (let index = 0; index < cases; index++) {
    const result = await runCase(seeds, seed, index);
    for (const f of result.failures) {
      const known = knownDefect(f, result.mutations)?.defect;
      const id = `${f.invariant}\u0000${f.key}\u0000${known ?? ''}`;
      const group = groups.get(id);
      if (group) group.count++;
      else groups.set(id, { ...f, known, count: 1, first: result });
    }
    for (const r of result.runs) {
      const id = `${r.args[0]} ${r.code}`;
      exitCodes.set(id, (exitCodes.get(id) ?? 0) + 1);
    }
    // Keep the memory small: the slowest few cases, without their output.
    slowest = [...slowest, { ...result, runs: result.runs.map((r) => ({ ...r, stdout: '', stderr: '' })) }]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    onCase(result, index + 1);
  }
  removeLeftovers();
  return { seed, cases, ms: performance.now() - started, groups: [...groups.values()], exitCodes, slowest };
}

export function describeCase(seed: number, c: CaseResult): string {
  return [
    `case ${c.index} (${c.dataset}, ${c.megabytes.toFixed(1)} MB, ${(c.ms / 1000).toFixed(1)} s): ${reproduce(seed, c.index)}`,
    ...c.mutations.map((m) => `    ${m}`),
  ].join('\n');
}

export function renderSummary(s: Summary): string {
  const unknown = s.groups.filter((g) => !g.known);
  const known = s.groups.filter((g) => g.known);
  const group = (g: Group) =>
    `  ${g.invariant} [${g.key}] ×${g.count}${g.known ? ` (known: ${g.known})` : ''}\n` +
    `    ${describeCase(s.seed, g.first).replace(/\n/g, '\n    ')}\n` +
    `    ${g.detail.slice(0, 600).replace(/\n/g, '\n    ')}`;
  const lines = [
    `fuzz: seed ${s.seed}, ${s.cases} cases in ${(s.ms / 1000).toFixed(1)} s; ` +
      `${unknown.length} failure classes (${unknown.reduce((n, g) => n + g.count, 0)} failures), ` +
      `${known.length} known classes (${known.reduce((n, g) => n + g.count, 0)})`,
  ];
  if (unknown.length > 0) lines.push('Failures:', ...unknown.map(group));
  if (known.length > 0) lines.push('Known defects (known.ts):', ...known.map(group));
  const codes = [...s.exitCodes].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`);
  lines.push(`Exit codes by command: ${codes.join(', ')}`);
  lines.push('Slowest cases:', ...s.slowest.map((c) => `  ${describeCase(s.seed, c).replace(/\n/g, '\n  ')}`));
  return lines.join('\n');
}
