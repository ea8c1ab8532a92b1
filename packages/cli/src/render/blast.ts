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
  type OrgType,
  type ScenarioSpec,
} from '@kedja/core';
import { WORDS, type Lang } from '@kedja/core/i18n';
import type { NodeTable } from '@kedja/core/kernel';

import { messagesIn } from '../messages/index.js';
import { outageLength } from '../output/duration.js';
import { nameOf } from '../output/names.js';
import { formatNumber, renderTable } from '../output/table.js';

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

/** The lines above the tables: who is affected, by type, by consequence level, and what fails. */
function blastSummary(blast: BlastRadius, lang: Lang, description: string, levels?: BlastLevels): string[] {
  const { totals } = blast;
  const { common, blast: m } = messagesIn(lang);
  const n = (value: number) => formatNumber(value, lang);
  const out: string[] = [common.scenario(description), ''];
  if (totals.organisations === 0) {
    out.push(m.none);
  } else {
    out.push(
      m.affected(
        n(totals.organisations),
        totals.organisations,
        n(totals.criticalOrganisations),
        n(totals.hiddenOrganisations),
        n(totals.residents),
        n(totals.population),
      ),
    );
    const types = Object.entries(totals.byType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, count]) => `${WORDS[lang].orgTypes[type as OrgType] ?? type} ${n(count)}`);
    out.push(m.byType(types.join(', ')));
    if (levels) {
      const counts = levelCounts(levels);
      const worstFirst = [...CONSEQUENCE_LEVELS]
        .reverse()
        .map((level) => `${WORDS[lang].levels[level]} ${n(counts[level])}`);
      out.push(m.after(outageLength(levels.duration, lang), levels.rules, worstFirst.join(', ')));
    }
  }
  out.push(
    m.fail(
      common.nouns.supplier(n(totals.failedSuppliers), totals.failedSuppliers),
      common.nouns.service(n(totals.failedServices), totals.failedServices),
    ),
    '',
  );
  return out;
}

const more = (total: number, limit: number, lang: Lang) =>
  total > limit ? `${messagesIn(lang).common.moreLimit(formatNumber(total - limit, lang))}\n` : '';

function affectedTable(table: NodeTable, blast: BlastRadius, limit: number, lang: Lang, levels?: BlastLevels): string {
  const { common, blast: m } = messagesIn(lang);
  const yesNo = (value: boolean) => (value ? common.yes : common.no);
  const level = (id: string) => {
    const value = levels?.levels.get(id);
    return value === undefined ? '' : WORDS[lang].levels[value];
  };
  const affected = blast.affectedOrganisations;
  return (
    renderTable(
      affected.slice(0, limit),
      [
        { header: m.headers.organisation, value: (o) => nameOf(table, o.id), max: 40 },
        { header: m.headers.id, value: (o) => o.id, max: 24 },
        { header: m.headers.tier, value: (o) => o.tier, right: true },
        { header: m.headers.critical, value: (o) => yesNo(o.critical) },
        { header: m.headers.hidden, value: (o) => yesNo(o.hidden) },
        ...(levels ? [{ header: m.headers.level, value: (o: { id: string }) => level(o.id) }] : []),
        { header: m.headers.lost, value: (o) => o.lost.map((id) => nameOf(table, id)).join(', '), max: 60 },
      ],
      lang,
    ) + more(affected.length, limit, lang)
  );
}

function failedTable(table: NodeTable, blast: BlastRadius, limit: number, lang: Lang): string {
  const m = messagesIn(lang).blast;
  const kinds = WORDS[lang].kinds;
  const failed = [
    ...blast.failedSuppliers.map((f) => ({ ...f, kind: kinds.supplier })),
    ...blast.failedServices.map((f) => ({ ...f, kind: kinds.service })),
  ].sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : 1));
  if (failed.length === 0) return '';
  return (
    renderTable(
      failed.slice(0, limit),
      [
        { header: m.headers.tier, value: (f) => f.tier, right: true },
        { header: m.headers.kind, value: (f) => f.kind },
        { header: m.headers.name, value: (f) => nameOf(table, f.id), max: 40 },
        { header: m.headers.id, value: (f) => f.id, max: 24 },
      ],
      lang,
    ) + more(failed.length, limit, lang)
  );
}

/**
 * The blast radius as text in `lang` (English unless told); `description` is the scenario in that
 * language (`describeScenario`), core's English sentence unless given.
 */
export function renderBlast(
  table: NodeTable,
  blast: BlastRadius,
  limit: number,
  levels?: BlastLevels,
  lang: Lang = 'en',
  description = blast.scenario.description,
): string {
  const m = messagesIn(lang).blast;
  const out = blastSummary(blast, lang, description, levels);
  if (blast.affectedOrganisations.length > 0) {
    out.push(m.affectedTitle, affectedTable(table, blast, limit, lang, levels));
  }
  const failed = failedTable(table, blast, limit, lang);
  if (failed !== '') {
    out.push(m.failedTitle, failed);
  }
  return out.join('\n');
}
