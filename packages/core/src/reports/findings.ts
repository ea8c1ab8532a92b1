/**
 * Key findings: the few plain sentences a planner reads first, each built from the report's data
 * (nothing is computed here that the tables do not show). Empty graphs get honest sentences too.
 * O(size of the report's lists).
 */
import { hhiLevel } from '../metrics/index.js';
import { int as number, pct as percent } from './format.js';
import type { ReportBasis } from './types.js';

const organisations = (n: number) => `${number(n)} organisation${n === 1 ? '' : 's'}`;

export function keyFindings(data: ReportBasis): string[] {
  const { counts, metrics } = data;
  const findings: string[] = [];
  findings.push(
    `${organisations(counts.organisationsWithDependencies)} of ${number(counts.organisations)} in the data depend on ` +
      `${number(counts.services)} services from ${number(counts.suppliers)} suppliers.`,
  );

  const first = data.ranking[0];
  if (first) {
    const hiddenPart =
      first.hidden === 0
        ? 'all of them named it or use a service it provides directly'
        : `${number(first.hidden)} of them never named it nor use a service it provides directly`;
    findings.push(
      `If ${first.name} fails alone, ${organisations(first.organisations)} are affected ` +
        `(${number(first.critical)} lose a critical function); ${hiddenPart}.`,
    );
  } else findings.push('No supplier failing alone affects any organisation.');

  const hidden = data.amplification.find((row) => row.effective > row.declared);
  if (hidden) {
    findings.push(
      hidden.declared === 0
        ? `Concentration hides behind subcontractors: no organisation names ${hidden.name} or uses a service it provides, yet its failure affects ${organisations(hidden.effective)}.`
        : `Concentration hides behind subcontractors: ${hidden.name} is declared by ${organisations(hidden.declared)}, but its failure affects ${number(hidden.effective)}.`,
    );
  }

  const shared = data.mostSharedService;
  if (shared) {
    findings.push(
      `The most widely shared service, ${shared.name} (${shared.model}), is used by ${organisations(shared.organisations)}.`,
    );
  }

  const fr = data.falseRedundancy;
  if (fr.length > 0) {
    const f = fr[0]!;
    const groups = new Set(fr.map((x) => `${x.owner}\u0000${x.group}`)).size;
    findings.push(
      `${number(groups)} declared alternative${groups === 1 ? ' is' : 's are'} no real redundancy. ` +
        `For example, ${f.ownerName} can use ${f.members.map((m) => m.name).join(' or ')}, but all of them fall with ` +
        `${f.cause.label}; ${organisations(f.organisations.length)} ${f.organisations.length === 1 ? 'is' : 'are'} exposed.`,
    );
  } else findings.push('No declared alternative falls to a single supplier, owner or country.');

  const spof = data.singlePointsOfFailure;
  if (counts.organisationsWithDependencies > 0) {
    findings.push(
      `${number(spof.organisations.length)} of ${organisations(counts.organisationsWithDependencies)} with dependencies ` +
        `can be taken down by one supplier alone; ${number(spof.singleProviderServices.length)} of ${number(counts.services)} ` +
        'services have a single provider and no alternative.',
    );
  }

  const market = Object.entries(metrics.concentration.byModel).sort(
    (a, b) => b[1].organisations - a[1].organisations,
  )[0];
  if (market) {
    const [model, m] = market;
    findings.push(
      `The ${model} market is ${hhiLevel(m.hhi)} (HHI ${number(Math.round(m.hhi))} on the 0–10,000 scale; ` +
        `the largest supplier serves ${percent(m.cr1)} of the organisation links, the three largest ${percent(m.cr3)}).`,
    );
  }

  if (metrics.eeaShare !== null) {
    const [country] = data.countries;
    findings.push(
      `${percent(metrics.eeaShare)} of data processing is inside the EU/EEA` +
        (country ? `; ${country.name} has the largest share, ${percent(country.share)}.` : '.'),
    );
  }

  const group = data.parentGroups.find((g) => g.suppliers >= 2);
  if (group) {
    findings.push(
      `Ownership: ${group.group} owns ${number(group.suppliers)} suppliers; if the group fails, ${organisations(group.effective)} are affected.`,
    );
  }

  if (data.comparison) {
    const values = data.comparison.flatMap((t) => t.rows.flatMap((r) => r.values)).filter((v) => v.match !== null);
    const agree = values.filter((v) => v.match).length;
    findings.push(
      `Beside the study (${data.study}): ${number(agree)} of ${number(values.length)} published figures agree ` +
        '(counts exactly, shares within one percentage point); the notes below explain the rest.',
    );
  }
  return findings;
}
