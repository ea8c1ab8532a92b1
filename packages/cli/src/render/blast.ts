/**
 * `kedja blast`: a blast radius as the `--json` document (names and organisation facts added, the
 * counts in key order) and as text (a summary, the affected organisations, the failed suppliers and
 * services, each list cut at `limit`). With an outage duration, the consequence level of each
 * affected organisation too. With possible dependencies (issue 13, core's `blastBounds`), the lists
 * hold the upper bound with each entry's certainty, `totals` the lower bound and `totalsUpper` the
 * upper, and the text gives each figure as a range. O(affected + failed) plus the sort of the failed nodes.
 */
import {
  countLevels,
  CONSEQUENCE_LEVELS,
  formatDuration,
  type BlastRadius,
  type BlastTotals,
  type ConsequenceLevel,
  type OrgType,
  type ScenarioSpec,
} from '@kedja/core';
import { WORDS, type Lang } from '@kedja/core/i18n';
import type { EdgeCertainty, NodeTable } from '@kedja/core/kernel';

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

/** The consequence levels counted, of the organisations `only` keeps (all by default). */
const levelCounts = (levels: BlastLevels, only: (id: string) => boolean = () => true) =>
  countLevels([...levels.levels].filter(([id]) => only(id)).map(([, level]) => ({ level })));

/** A blast radius, or one with bounds (core's `blastBounds`): entries with a certainty, and `totalsUpper`. */
type MaybeBounded = Omit<BlastRadius, 'affectedOrganisations'> & {
  totalsUpper?: BlastTotals;
  affectedOrganisations: (BlastRadius['affectedOrganisations'][number] & { certainty?: EdgeCertainty })[];
};

const isPossible = (blast: MaybeBounded) => {
  const possible = new Set(blast.affectedOrganisations.filter((o) => o.certainty === 'possible').map((o) => o.id));
  return (id: string) => possible.has(id);
};

/** The totals as `--json` prints them: counts by key in key order, and with levels their counts. */
const totalsJson = (totals: BlastTotals, byLevel?: ReturnType<typeof levelCounts>) => ({
  ...totals,
  byType: sortedKeys(totals.byType),
  byCounty: sortedKeys(totals.byCounty),
  bySector: sortedKeys(totals.bySector),
  ...(byLevel ? { byLevel } : {}),
});

/** The blast radius with names and organisation facts added, and the scenario with its spec, as `--json` prints it. */
export function blastJson(table: NodeTable, blast: MaybeBounded, spec: ScenarioSpec, levels?: BlastLevels) {
  const possible = isPossible(blast);
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
    totals: totalsJson(blast.totals, levels ? levelCounts(levels, (id) => !possible(id)) : undefined),
    ...(blast.totalsUpper ? { totalsUpper: totalsJson(blast.totalsUpper, levels && levelCounts(levels)) } : {}),
    ...(levels
      ? { duration: { hours: levels.duration, label: formatDuration(levels.duration), rules: levels.rules } }
      : {}),
  };
}

/** The lines above the tables: who is affected, by type, by consequence level, and what fails. */
function blastSummary(blast: MaybeBounded, lang: Lang, description: string, levels?: BlastLevels): string[] {
  const { totals } = blast;
  const { common, blast: m } = messagesIn(lang);
  const n = (value: number) => formatNumber(value, lang);
  const upper = blast.totalsUpper ?? totals;
  // A figure of both bounds ("12 to 45"; one number when they agree).
  const r = (figure: (t: BlastTotals) => number) => common.range(n(figure(totals)), n(figure(upper)));
  const out: string[] = [common.scenario(description), ''];
  if (upper.organisations === 0) {
    out.push(m.none);
  } else {
    const ranged =
      blast.totalsUpper !== undefined &&
      (['organisations', 'criticalOrganisations', 'hiddenOrganisations', 'residents', 'population'] as const).some(
        (key) => totals[key] !== upper[key],
      );
    out.push(
      (ranged ? m.affectedRange : m.affected)(
        r((t) => t.organisations),
        upper.organisations,
        r((t) => t.criticalOrganisations),
        r((t) => t.hiddenOrganisations),
        r((t) => t.residents),
        r((t) => t.population),
      ),
    );
    const types = Object.keys(upper.byType)
      .sort((a, b) => (a < b ? -1 : 1))
      .map((type) => `${WORDS[lang].orgTypes[type as OrgType] ?? type} ${r((t) => t.byType[type] ?? 0)}`);
    out.push(m.byType(types.join(', ')));
    if (levels) {
      const possible = isPossible(blast);
      const [lower, all] = [levelCounts(levels, (id) => !possible(id)), levelCounts(levels)];
      const worstFirst = [...CONSEQUENCE_LEVELS]
        .reverse()
        .map((level) => `${WORDS[lang].levels[level]} ${common.range(n(lower[level]), n(all[level]))}`);
      out.push(m.after(outageLength(levels.duration, lang), levels.rules, worstFirst.join(', ')));
    }
  }
  out.push(
    m.fail(
      common.nouns.supplier(
        r((t) => t.failedSuppliers),
        upper.failedSuppliers,
      ),
      common.nouns.service(
        r((t) => t.failedServices),
        upper.failedServices,
      ),
    ),
    '',
  );
  return out;
}

const more = (total: number, limit: number, lang: Lang) =>
  total > limit ? `${messagesIn(lang).common.moreLimit(formatNumber(total - limit, lang))}\n` : '';

function affectedTable(table: NodeTable, blast: MaybeBounded, limit: number, lang: Lang, levels?: BlastLevels): string {
  const { common, blast: m } = messagesIn(lang);
  const yesNo = (value: boolean) => (value ? common.yes : common.no);
  const level = (id: string) => {
    const value = levels?.levels.get(id);
    return value === undefined ? '' : WORDS[lang].levels[value];
  };
  const affected = blast.affectedOrganisations;
  // With bounds, a dependency that fails only in the upper bound is lost only if possible dependencies are real.
  const possibleNodes = possibleFailed(blast);
  const lostName = (id: string) =>
    possibleNodes.has(id) ? `${nameOf(table, id)} (${m.certainty.possible})` : nameOf(table, id);
  return (
    renderTable(
      affected.slice(0, limit),
      [
        { header: m.headers.organisation, value: (o) => nameOf(table, o.id), max: 40 },
        { header: m.headers.id, value: (o) => o.id, max: 24 },
        { header: m.headers.tier, value: (o) => o.tier, right: true },
        { header: m.headers.critical, value: (o) => yesNo(o.critical) },
        { header: m.headers.hidden, value: (o) => yesNo(o.hidden) },
        ...(blast.totalsUpper
          ? [{ header: m.headers.certainty, value: (o: (typeof affected)[number]) => m.certainty[o.certainty!] }]
          : []),
        ...(levels ? [{ header: m.headers.level, value: (o: { id: string }) => level(o.id) }] : []),
        { header: m.headers.lost, value: (o) => o.lost.map(lostName).join(', '), max: 60 },
      ],
      lang,
    ) + more(affected.length, limit, lang)
  );
}

/** The failed suppliers and services that fail only in the upper bound (none without bounds). */
function possibleFailed(blast: BlastRadius): Set<string> {
  const failed: readonly { id: string; certainty?: EdgeCertainty }[] = [
    ...blast.failedSuppliers,
    ...blast.failedServices,
  ];
  return new Set(failed.filter((f) => f.certainty === 'possible').map((f) => f.id));
}

function failedTable(table: NodeTable, blast: BlastRadius, limit: number, lang: Lang): string {
  const m = messagesIn(lang).blast;
  const kinds = WORDS[lang].kinds;
  const failed = [
    ...blast.failedSuppliers.map((f) => ({ ...f, kind: kinds.supplier })),
    ...blast.failedServices.map((f) => ({ ...f, kind: kinds.service })),
  ].sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : 1));
  if (failed.length === 0) return '';
  const possible = possibleFailed(blast);
  return (
    renderTable(
      failed.slice(0, limit),
      [
        { header: m.headers.tier, value: (f) => f.tier, right: true },
        { header: m.headers.kind, value: (f) => f.kind },
        { header: m.headers.name, value: (f) => nameOf(table, f.id), max: 40 },
        { header: m.headers.id, value: (f) => f.id, max: 24 },
        ...(possible.size > 0 || (blast as MaybeBounded).totalsUpper
          ? [
              {
                header: m.headers.certainty,
                value: (f: { id: string }) => m.certainty[possible.has(f.id) ? 'possible' : 'confirmed'],
              },
            ]
          : []),
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
  blast: MaybeBounded,
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
