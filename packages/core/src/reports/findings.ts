/**
 * Key findings: the few plain sentences a planner reads first, each built from the report's data
 * (nothing is computed here that the tables do not show), in Swedish or English (the wording is in
 * report-messages.ts). Empty graphs get honest sentences too. O(size of the report's lists).
 */
import type { Lang } from '../i18n/index.js';
import { hhiLevel } from '../metrics/index.js';
import { causeWords, countryWords, modelWords, numbersIn } from './format.js';
import { REPORT_MESSAGES } from './report-messages.js';
import type { ReportBasis } from './types.js';

/** The key findings of a report's data, in `lang` (English by default). */
export function keyFindings(data: ReportBasis, lang: Lang = 'en'): string[] {
  const m = REPORT_MESSAGES[lang].findings;
  const { int: number, pct: percent } = numbersIn(lang);
  const organisations = (n: number) => m.organisations(number(n), n);
  const { counts, metrics } = data;
  const findings: string[] = [];
  findings.push(
    m.overview(
      organisations(counts.organisationsWithDependencies),
      number(counts.organisations),
      number(counts.services),
      number(counts.suppliers),
    ),
  );

  const first = data.ranking[0];
  if (first) {
    // With possible dependencies, each count from the lower bound to the upper.
    const upper = first.upper ?? first;
    const range = (key: 'organisations' | 'critical' | 'hidden') => m.range(number(first[key]), number(upper[key]));
    const hiddenPart = upper.hidden === 0 ? m.allNamed : m.someHidden(range('hidden'));
    findings.push(
      m.top(first.name, m.organisations(range('organisations'), upper.organisations), range('critical'), hiddenPart),
    );
  } else findings.push(m.noTop);

  const hidden = data.amplification.find((row) => row.effective > row.declared);
  if (hidden) {
    findings.push(
      hidden.declared === 0
        ? m.hiddenUndeclared(hidden.name, organisations(hidden.effective))
        : m.hiddenDeclared(hidden.name, organisations(hidden.declared), number(hidden.effective)),
    );
  }

  const { routine } = counts;
  if (routine.without > 0) {
    findings.push(
      m.noRoutine(number(routine.without), number(routine.answered), percent(routine.without / routine.answered)),
    );
  }

  const shared = data.mostSharedService;
  if (shared) {
    findings.push(m.mostShared(shared.name, modelWords(lang, shared.model), organisations(shared.organisations)));
  }

  const fr = data.falseRedundancy;
  if (fr.length > 0) {
    const f = fr[0]!;
    const groups = new Set(fr.map((x) => `${x.owner}\u0000${x.group}`)).size;
    findings.push(
      m.falseRedundancy(
        number(groups),
        groups,
        f.ownerName,
        f.members.map((x) => x.name).join(m.membersOr),
        causeWords(lang, f.cause),
        organisations(f.organisations.length),
        f.organisations.length,
      ),
    );
  } else findings.push(m.noFalseRedundancy);

  const spof = data.singlePointsOfFailure;
  if (counts.organisationsWithDependencies > 0) {
    findings.push(
      m.singlePoints(
        number(spof.organisations.length),
        organisations(counts.organisationsWithDependencies),
        number(spof.singleProviderServices.length),
        number(counts.services),
      ),
    );
  }

  const market = Object.entries(metrics.concentration.byModel).sort(
    (a, b) => b[1].organisations - a[1].organisations,
  )[0];
  if (market) {
    const [model, c] = market;
    findings.push(
      m.market(
        modelWords(lang, model),
        m.hhiLevels[hhiLevel(c.hhi)],
        number(Math.round(c.hhi)),
        percent(c.cr1),
        percent(c.cr3),
      ),
    );
  }

  if (metrics.eeaShare !== null) {
    const [country] = data.countries;
    findings.push(
      m.eea(percent(metrics.eeaShare)) +
        (country ? m.eeaLargest(countryWords(lang, country), percent(country.share)) : '.'),
    );
  }

  const group = data.parentGroups.find((g) => g.suppliers >= 2);
  if (group) findings.push(m.ownership(group.group, number(group.suppliers), organisations(group.effective)));

  if (data.comparison) {
    const values = data.comparison.flatMap((t) => t.rows.flatMap((r) => r.values)).filter((v) => v.match !== null);
    const agree = values.filter((v) => v.match).length;
    findings.push(m.study(data.study ?? '', number(agree), number(values.length)));
  }
  return findings;
}
