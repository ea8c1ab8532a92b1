/**
 * Builds the whole sweden-2018 dataset from the source data and a seed: the Kedja graph and the
 * study reference (study.json), then checks the graph against every calibrated figure and throws
 * if one is off, so a change to the generator cannot silently break the calibration. O(graph).
 */
import {
  addContracts,
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  createKedjaGraph,
  validateGraph,
  addUses,
  type KedjaGraph,
} from '@kedja/core';
import { categoryUsage, countryShares, organisationCounts, sharingDistribution } from '@kedja/core/metrics';
import type { StudyReference } from '@kedja/core/reports';

import {
  FIG_6_9_EEA,
  FIG_6_10,
  IAAS,
  NAMED_SAAS,
  NAMED_SUPPLIERS,
  PAAS,
  PUBLISHED_SURVEY,
  Q26_NO_ROUTINE,
  RESPONDENTS,
  ROUTINE_COUNTS,
  STUDY,
  TABELL_6_1,
  TABELL_6_2,
  TABELL_6_3,
} from './calibration.js';
import { createStems } from './names.js';
import { buildOrganisations } from './organisations.js';
import { createRng } from './rng.js';
import { buildServices } from './services.js';
import type { Sources } from './sources.js';
import { buildSupplyChain, PARENT_GROUPS } from './suppliers.js';
import { drawSurvey } from './survey.js';
import { drawRoutines, markUncertainty } from './uncertainty.js';

export const SEED = 2018;
/** The seed of the uncertainty layer's own generator (question 26), so that the draws above it stay as they were. */
export const UNCERTAINTY_SEED_OFFSET = 26;

/** The function a service supports, by category (for uses.csv), so consequences can weigh sectors. */
function functionOf(category: string | undefined, model: string): string {
  if (category === 'health care') return 'health-care';
  if (category === 'social services') return 'social-care';
  if (category === 'education administration' || category === 'learning platform') return 'education';
  if (category === 'library service') return 'library';
  if (model === 'PaaS') return 'it-platform';
  if (model === 'IaaS') return 'it-infrastructure';
  return 'administration';
}

export interface Dataset {
  graph: KedjaGraph;
  study: StudyReference;
}

/**
 * The chance that a supplier has an outage serious enough to matter in the period a planner looks
 * at (a year, say): a planning assumption for `kedja simulate`, the same for every supplier, not a
 * measurement. Users with their own estimates replace the column.
 */
export const FAILURE_PROBABILITY = 0.01;

export function buildDataset(sources: Sources, seed = SEED): Dataset {
  const rng = createRng(seed);
  const organisations = buildOrganisations(sources, rng);
  const survey = drawSurvey(organisations, sources, rng);
  const stem = createStems(rng, ['Megamoln', 'Jättemoln']);
  const services = buildServices(survey, rng, stem);
  const chain = buildSupplyChain(services, survey, rng, stem);
  const doubt = createRng(seed + UNCERTAINTY_SEED_OFFSET);
  const routines = drawRoutines(survey, doubt);
  markUncertainty(chain, services, routines);
  // Files list services by model, then in the order of Tabell 6.1's categories, most shared first.
  const modelOrder = ['SaaS', 'PaaS', 'IaaS', 'other'];
  const categoryOrder = TABELL_6_1.map(([category]) => category);
  services.sort(
    (a, b) =>
      modelOrder.indexOf(a.model) - modelOrder.indexOf(b.model) ||
      categoryOrder.indexOf(a.category ?? '') - categoryOrder.indexOf(b.category ?? '') ||
      b.size - a.size ||
      (a.id < b.id ? -1 : 1),
  );

  const graph = createKedjaGraph({ name: 'sweden-2018', parents: PARENT_GROUPS.map((group) => ({ ...group })) });
  // The survey answers a respondent gave (Q1, Q7, Q8, Q9) go onto the organisation as the survey
  // importer records them; organisations that did not answer have none.
  const answers = (key: 'respondents' | 'cloud' | 'saas' | 'paas' | 'iaas') =>
    new Set([...survey.municipality[key], ...survey.agency[key]]);
  const [respondents, cloud, saas, paas, iaas] = (['respondents', 'cloud', 'saas', 'paas', 'iaas'] as const).map(
    answers,
  );
  for (const { id, ...attributes } of organisations) {
    const answered = respondents!.has(id)
      ? {
          cloud: cloud!.has(id),
          usesSaas: saas!.has(id),
          usesPaas: paas!.has(id),
          usesIaas: iaas!.has(id),
          ...(routines.has(id) ? { subcontractorRoutine: routines.get(id)! } : {}),
        }
      : {};
    addOrganisation(graph, id, { ...attributes, ...answered });
  }
  for (const s of services) {
    addService(graph, s.id, {
      name: s.name,
      model: s.model,
      ...(s.category ? { category: s.category } : {}),
      countries: [s.country],
    });
  }
  for (const s of chain.suppliers) {
    addSupplier(graph, s.id, {
      name: s.name,
      country: s.country,
      ...(s.parent ? { parent: s.parent } : {}),
      failureProbability: FAILURE_PROBABILITY,
      ...(s.subcontracting ? { subcontracting: s.subcontracting } : {}),
    });
  }
  const orgOrder = new Map(organisations.map((o, i) => [o.id, i]));
  const serviceOrder = new Map(services.map((s, i) => [s.id, i]));
  const supplierOrder = new Map(chain.suppliers.map((s, i) => [s.id, i]));
  const uses = services.flatMap((s) => s.users.map((organisation) => ({ organisation, service: s })));
  uses.sort(
    (a, b) =>
      orgOrder.get(a.organisation)! - orgOrder.get(b.organisation)! ||
      serviceOrder.get(a.service.id)! - serviceOrder.get(b.service.id)!,
  );
  for (const { organisation, service } of uses) {
    addUses(graph, organisation, service.id, { critical: true, function: functionOf(service.category, service.model) });
  }
  const contracts = [...chain.contracts].sort(
    (a, b) =>
      orgOrder.get(a.organisation)! - orgOrder.get(b.organisation)! ||
      supplierOrder.get(a.supplier)! - supplierOrder.get(b.supplier)!,
  );
  for (const c of contracts) addContracts(graph, c.organisation, c.supplier, { critical: true });
  const provided = [...chain.providedBy].sort(
    (a, b) =>
      serviceOrder.get(a.service)! - serviceOrder.get(b.service)! ||
      supplierOrder.get(a.supplier)! - supplierOrder.get(b.supplier)!,
  );
  for (const p of provided)
    addProvidedBy(graph, p.service, p.supplier, p.alternatives ? { alternatives: p.alternatives } : {});
  const subcontracts = [...chain.subcontracts].sort(
    (a, b) =>
      supplierOrder.get(a.supplier)! - supplierOrder.get(b.supplier)! ||
      supplierOrder.get(a.subcontractor)! - supplierOrder.get(b.subcontractor)!,
  );
  for (const s of subcontracts) {
    addSubcontracts(graph, s.supplier, s.subcontractor, {
      rank: s.rank,
      service: s.service,
      ...(s.alternatives ? { alternatives: s.alternatives } : {}),
      ...(s.certainty ? { certainty: s.certainty } : {}),
      ...(s.probability !== undefined ? { probability: s.probability } : {}),
    });
  }

  const categories: Record<string, Record<string, number>> = {};
  for (const [category, municipality, agency] of TABELL_6_1) {
    categories[category] = { ...(agency > 0 ? { agency } : {}), ...(municipality > 0 ? { municipality } : {}) };
  }
  const answered = (key: 'respondents' | 'cloud' | 'saas' | 'paas' | 'iaas') => {
    const ids = new Set([...survey.municipality[key], ...survey.agency[key]]);
    return organisations.filter((o) => ids.has(o.id)).map((o) => o.id);
  };
  const study: StudyReference = {
    study: STUDY,
    about:
      'Published figures of the study, shown by kedja metrics and kedja report beside what Kedja computes, and the ' +
      'synthetic survey answers (who answered; who has a procured cloud service, SaaS, PaaS, IaaS) that a graph cannot ' +
      'hold. Written by datasets/sweden-2018/generate.ts; see README.md.',
    published: {
      respondents: { ...RESPONDENTS },
      survey: PUBLISHED_SURVEY,
      namedSaas: { ...NAMED_SAAS },
      namedSuppliers: { ...NAMED_SUPPLIERS },
      saasSharing: { ...TABELL_6_2 },
      paas: { distinct: PAAS.distinct, largest: PAAS.largest },
      iaas: { distinct: IAAS.distinct, largest: IAAS.largest },
      supplierSharing: { ...TABELL_6_3 },
      categories,
      countries: { ...FIG_6_10 },
      eeaShare: FIG_6_9_EEA,
      notes: [
        'Fig 6.1: 75 % overall does not follow from 88 % of 80 municipalities and 63 % of 119 agencies (73 %); the dataset keeps the group shares.',
        'Section 6.2: 7 + 5 + 1 PaaS is 13, not the stated 12; the dataset has 12 (6 municipal only, 5 agency only, 1 shared by 27).',
        "Fig 6.9 counts the United Kingdom inside the EU (2018); Kedja counts today's EU/EEA, so its EEA share is lower by the UK's part.",
        'Fig 6.10 sums to 102 %; the dataset keeps every country within one percentage point.',
      ],
    },
    survey: {
      respondents: answered('respondents'),
      cloud: answered('cloud'),
      saas: answered('saas'),
      paas: answered('paas'),
      iaas: answered('iaas'),
    },
  };
  checkCalibration(graph);
  return { graph, study };
}

/** Question 26: the share without a routine, per group and in all, within one percentage point of the study's 70 %. */
function checkRoutines(graph: KedjaGraph, problems: string[]): void {
  const answers = { municipality: [] as boolean[], agency: [] as boolean[] };
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'organisation' || a.subcontractorRoutine === undefined) return;
    if (a.orgType === 'municipality' || a.orgType === 'agency') answers[a.orgType].push(a.subcontractorRoutine);
    else problems.push(`question 26 answered by a ${a.orgType}`);
  });
  const all = [...answers.municipality, ...answers.agency];
  for (const [what, list] of [...Object.entries(answers), ['all', all]] as const) {
    const without = list.filter((yes) => !yes).length / list.length;
    if (Math.abs(without - Q26_NO_ROUTINE) > 0.01) problems.push(`question 26 ${what}: ${without} without a routine`);
  }
  const yes = all.filter(Boolean).length;
  if (yes !== ROUTINE_COUNTS.municipality + ROUTINE_COUNTS.agency) problems.push(`question 26: ${yes} routines`);
}

function checkCalibration(graph: KedjaGraph): void {
  const problems: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
    }
  };
  const diagnostics = validateGraph(graph);
  same('diagnostics', diagnostics, []);
  const sharing = sharingDistribution(graph);
  same('Tabell 6.2 (SaaS)', sharing.services.SaaS, TABELL_6_2);
  same('PaaS', sharing.services.PaaS, { '1': PAAS.distinct - 1, [PAAS.largest]: 1 });
  same('IaaS', sharing.services.IaaS, { '1': IAAS.distinct });
  same('Tabell 6.3 (contracted suppliers)', sharing.suppliersContracted, TABELL_6_3);
  const counts = organisationCounts(graph);
  same('organisations naming SaaS', counts.users.SaaS, {
    agency: NAMED_SAAS.agency,
    municipality: NAMED_SAAS.municipality,
  });
  same('organisations naming suppliers', counts.contracting, {
    agency: NAMED_SUPPLIERS.agency,
    municipality: NAMED_SUPPLIERS.municipality,
  });
  const usage = categoryUsage(graph, { models: ['SaaS'] });
  for (const [category, municipality, agency] of TABELL_6_1) {
    same(`Tabell 6.1 ${category}`, usage[category] ?? {}, {
      ...(agency ? { agency } : {}),
      ...(municipality ? { municipality } : {}),
    });
  }
  const shares = countryShares(graph);
  for (const [country, share] of Object.entries(FIG_6_10)) {
    if (Math.abs((shares[country] ?? 0) - share) > 0.01)
      problems.push(`Fig 6.10 ${country}: ${shares[country]} vs ${share}`);
  }
  checkRoutines(graph, problems);
  if (problems.length > 0) throw new Error(`sweden-2018 is off its calibration:\n${problems.join('\n')}`);
}
