/**
 * Who answered the survey and what they said, as far as the graph needs it (synthetic, drawn with
 * the seeded generator, in the study's numbers): 80 municipalities and 119 agencies answered
 * (Tabell 1.1; agencies drawn among those with an organisation number of their own, since courts
 * answer through Domstolsverket); of them, those with a procured cloud service (Fig 6.1), of those
 * the users of SaaS, PaaS and IaaS (Fig 6.6); of the SaaS users, those who named their services
 * (51 and 37); of the cloud users, those who named their suppliers (29 and 39). Lists keep the
 * order of the source files. O(organisations).
 */
import { NAMED_SAAS, NAMED_SUPPLIERS, RESPONDENTS, SURVEY_COUNTS } from './calibration.js';
import type { Organisation } from './organisations.js';
import type { Rng } from './rng.js';
import type { Sources } from './sources.js';

export type SurveyType = 'municipality' | 'agency';

export interface SurveyGroup {
  respondents: string[];
  cloud: string[];
  saas: string[];
  paas: string[];
  iaas: string[];
  namedSaas: string[];
  namedSuppliers: string[];
}

export type Survey = Record<SurveyType, SurveyGroup>;

export function drawSurvey(organisations: readonly Organisation[], sources: Sources, rng: Rng): Survey {
  const sharedOrgNumber = new Set(sources.agencies.filter((a) => a.sharedOrgNumber).map((a) => a.orgNumber));
  const order = new Map(organisations.map((o, i) => [o.id, i]));
  const inOrder = (ids: string[]) => ids.sort((a, b) => order.get(a)! - order.get(b)!);
  const draw = (type: SurveyType): SurveyGroup => {
    const eligible = organisations
      .filter((o) => o.orgType === type && !(type === 'agency' && sharedOrgNumber.has(o.code)))
      .map((o) => o.id);
    const counts = SURVEY_COUNTS[type];
    const respondents = inOrder(rng.sample(eligible, RESPONDENTS[type]));
    const cloud = inOrder(rng.sample(respondents, counts.cloud));
    const saas = inOrder(rng.sample(cloud, counts.saas));
    return {
      respondents,
      cloud,
      saas,
      paas: inOrder(rng.sample(cloud, counts.paas)),
      iaas: inOrder(rng.sample(cloud, counts.iaas)),
      namedSaas: inOrder(rng.sample(saas, NAMED_SAAS[type])),
      namedSuppliers: inOrder(rng.sample(cloud, NAMED_SUPPLIERS[type])),
    };
  };
  return { municipality: draw('municipality'), agency: draw('agency') };
}
