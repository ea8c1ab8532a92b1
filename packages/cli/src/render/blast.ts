/**
 * `kedja blast`: a blast radius as the `--json` document (names and organisation facts added, the
 * counts in key order) and as text (a summary, the affected organisations, the failed suppliers and
 * services, each list cut at `limit`). With an outage duration, the consequence level of each
 * affected organisation too. O(affected + failed) plus the sort of the failed nodes.
 */
import {
  countLevels,
  CONSEQUENCE_LEVELS,
  formatDuration,
  type BlastRadius,
  type ConsequenceLevel,
  type ScenarioSpec,
} from '@kedja/core';
import type { NodeTable } from '@kedja/core/kernel';

import { nameOf } from '../output/names.js';
import { formatNumber, plural, renderTable } from '../output/table.js';

/** Consequence levels of the affected organisations after an outage of `duration` hours. */
export interface BlastLevels {
  /** The outage duration, in hours. */
  duration: number;
  /** The name of the consequence rules. */
  rules: string;
  levels: ReadonlyMap<string, ConsequenceLevel>;
}

/** The counts by key in key order, so that both engines (which find organisations in different orders) print alike. */
const sortedKeys = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const levelCounts = (levels: BlastLevels) => countLevels([...levels.levels.values()].map((level) => ({ level })));

/** The blast radius with names and organisation facts added, and the scenario with its spec, as `--json` prints it. */
export function blastJson(table: NodeTable, blast: BlastRadius, spec: ScenarioSpec, levels?: BlastLevels) {
  const named = <T extends { id: string }>(item: T) => ({ ...item, name: nameOf(table, item.id) });
  return {
    scenario: { ...blast.scenario, spec },
    failedSuppliers: blast.failedSuppliers.map(named),
    failedServices: blast.failedServices.map(named),
    affectedOrganisations: blast.affectedOrganisations.map((o) => {
      const node = table.indexOf(o.id)!;
      const type = table.orgType(node);
      const population = table.population(node);
      return {
        ...named(o),
        ...(type !== undefined ? { type } : {}),
        ...(population !== undefined ? { population } : {}),
        ...(levels ? { level: levels.levels.get(o.id) } : {}),
      };
    }),
    totals: {
      ...blast.totals,
      byType: sortedKeys(blast.totals.byType),
      byCounty: sortedKeys(blast.totals.byCounty),
      bySector: sortedKeys(blast.totals.bySector),
      ...(levels ? { byLevel: levelCounts(levels) } : {}),
    },
    ...(levels
      ? { duration: { hours: levels.duration, label: formatDuration(levels.duration), rules: levels.rules } }
      : {}),
  };
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The lines above the tables: who is affected, by type, by consequence level, and what fails. */
function blastSummary(blast: BlastRadius, levels?: BlastLevels): string[] {
  const { totals } = blast;
  const out: string[] = [`Scenario: ${blast.scenario.description}.`, ''];
  if (totals.organisations === 0) {
    out.push('No organisation is affected.');
  } else {
    out.push(
      `${plural(totals.organisations, 'organisation')} affected: ${formatNumber(totals.criticalOrganisations)} lose a critical function, ` +
        `${formatNumber(totals.hiddenOrganisations)} are hit only through subcontractors they never named (hidden); ` +
        `${formatNumber(totals.residents)} residents, each counted once (population served, summed over organisations: ${formatNumber(totals.population)}).`,
    );
    const types = Object.entries(totals.byType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, count]) => `${type} ${formatNumber(count)}`);
    out.push(`By type: ${types.join(', ')}.`);
    if (levels) {
      const counts = levelCounts(levels);
      const worstFirst = [...CONSEQUENCE_LEVELS].reverse().map((level) => `${level} ${formatNumber(counts[level])}`);
      out.push(`After ${formatDuration(levels.duration)} (rules: ${levels.rules}): ${worstFirst.join(', ')}.`);
    }
  }
  out.push(`${plural(totals.failedSuppliers, 'supplier')} and ${plural(totals.failedServices, 'service')} fail.`, '');
  return out;
}

const more = (total: number, limit: number) =>
  total > limit ? `… and ${formatNumber(total - limit)} more (--limit or --json for all)\n` : '';

function affectedTable(table: NodeTable, blast: BlastRadius, limit: number, levels?: BlastLevels): string {
  const affected = blast.affectedOrganisations;
  return (
    renderTable(affected.slice(0, limit), [
      { header: 'organisation', value: (o) => nameOf(table, o.id), max: 40 },
      { header: 'id', value: (o) => o.id, max: 24 },
      { header: 'tier', value: (o) => o.tier, right: true },
      { header: 'critical', value: (o) => yesNo(o.critical) },
      { header: 'hidden', value: (o) => yesNo(o.hidden) },
      ...(levels ? [{ header: 'level', value: (o: { id: string }) => levels.levels.get(o.id) ?? '' }] : []),
      { header: 'lost', value: (o) => o.lost.map((id) => nameOf(table, id)).join(', '), max: 60 },
    ]) + more(affected.length, limit)
  );
}

function failedTable(table: NodeTable, blast: BlastRadius, limit: number): string {
  const failed = [
    ...blast.failedSuppliers.map((f) => ({ ...f, kind: 'supplier' })),
    ...blast.failedServices.map((f) => ({ ...f, kind: 'service' })),
  ].sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : 1));
  if (failed.length === 0) return '';
  return (
    renderTable(failed.slice(0, limit), [
      { header: 'tier', value: (f) => f.tier, right: true },
      { header: 'kind', value: (f) => f.kind },
      { header: 'name', value: (f) => nameOf(table, f.id), max: 40 },
      { header: 'id', value: (f) => f.id, max: 24 },
    ]) + more(failed.length, limit)
  );
}

export function renderBlast(table: NodeTable, blast: BlastRadius, limit: number, levels?: BlastLevels): string {
  const out = blastSummary(blast, levels);
  if (blast.affectedOrganisations.length > 0) {
    out.push('Affected organisations', affectedTable(table, blast, limit, levels));
  }
  const failed = failedTable(table, blast, limit);
  if (failed !== '') {
    out.push('Failed suppliers and services (tier 0 is the scenario, tier k falls in round k)', failed);
  }
  return out.join('\n');
}
