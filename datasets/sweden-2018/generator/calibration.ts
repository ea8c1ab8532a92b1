/**
 * What the dataset is calibrated to: the published figures of the MSB study "Säkerhet vid
 * molntjänster" (MSB1196, 2018), with table and figure numbers, and the readings we chose where
 * the study is silent or inconsistent (each marked READING and explained in the README).
 */

export const STUDY = 'Säkerhet vid molntjänster (MSB1196, May 2018), Örebro University for MSB';

/** Tabell 1.1: who answered. */
export const RESPONDENTS = { municipality: 80, agency: 119 } as const;

/**
 * Fig 6.1 (share with a procured cloud service) and Fig 6.6 (of those, SaaS, PaaS, IaaS).
 * READING: the study's 75 % overall does not follow from its group shares (88 % of 80 and 63 % of
 * 119 give 73 %); we keep every group share within one percentage point and get 73.9 % overall.
 */
export const PUBLISHED_SURVEY = {
  cloud: { all: 0.75, municipality: 0.88, agency: 0.63 },
  saas: { all: 0.76, municipality: 0.89, agency: 0.63 },
  paas: { all: 0.35 },
  iaas: { all: 0.09 },
} as const;

/** The counts that realise those shares (see PUBLISHED_SURVEY). */
export const SURVEY_COUNTS = {
  municipality: { cloud: 71, saas: 63, paas: 22, iaas: 5 },
  agency: { cloud: 76, saas: 48, paas: 30, iaas: 8 },
} as const;

/**
 * Section 6.7, question 26: 70 % of the organisations have no routine to find out whether their
 * cloud suppliers use subcontractors. Only those with a procured cloud service were asked (the
 * survey ends after question 2 for the others), so the counts of routines (yes) among the cloud
 * respondents that realise it: 21 of 71 municipalities and 23 of 76 agencies, 103 of 147 without
 * (70.1 %; 70.4 % and 69.7 % per group). READING: the study gives no share per group (its
 * interviews say agencies have the clearer picture, in no figure); both groups get the same share.
 */
export const Q26_NO_ROUTINE = 0.7;
export const ROUTINE_COUNTS = { municipality: 21, agency: 23 } as const;

/** Tabell 6.2 and section 6.2: organisations that named their SaaS. */
export const NAMED_SAAS = { municipality: 51, agency: 37 } as const;

/** Section 6.3: organisations that named suppliers (question 15). */
export const NAMED_SUPPLIERS = { municipality: 29, agency: 39 } as const;

/** Tabell 6.1: distinct SaaS per category, [category, municipalities, agencies]; 0 is "inga data". */
export const TABELL_6_1: readonly (readonly [string, number, number])[] = [
  ['case and document management', 1, 4],
  ['communication and application security', 1, 1],
  ['customer collaboration / CRM', 1, 4],
  ['data sharing and storage', 2, 6],
  ['data visualisation', 1, 1],
  ['education administration', 12, 5],
  ['finance', 0, 2],
  ['health care', 5, 1],
  ['learning platform', 4, 5],
  ['library service', 1, 3],
  ['collaboration and productivity', 3, 4],
  ['human resources', 2, 2],
  ['procurement and contracts', 1, 4],
  ['project management', 0, 1],
  ['recruitment', 1, 3],
  ['surveys', 0, 4],
  ['social services', 1, 0],
  ['web publishing and analytics', 2, 1],
  ['planning and performance management', 1, 2],
];

/** Tabell 6.2: number of SaaS shared by exactly n organisations. */
export const TABELL_6_2: Readonly<Record<string, number>> = {
  '1': 59,
  '2': 18,
  '3': 5,
  '4': 3,
  '5': 1,
  '6': 1,
  '8': 1,
  '14': 1,
  '61': 1,
};

/**
 * Section 6.2: 12 distinct PaaS, one shared by 27 organisations; 4 distinct IaaS, none shared.
 * READING: the text's "7 only in municipalities, 5 only in agencies, 1 in both" sums to 13; we
 * keep the stated total of 12 and the one platform in both (the one shared by 27), with 6 only in
 * municipalities and 5 only in agencies; the other 11 platforms are used by one organisation each.
 */
export const PAAS = { distinct: 12, largest: 27, municipalityOnly: 6, agencyOnly: 5 } as const;
export const IAAS = { distinct: 4, largest: 1, municipalityOnly: 1, agencyOnly: 3 } as const;

/** Tabell 6.3: number of suppliers named by exactly n organisations (70 suppliers, 157 links). */
export const TABELL_6_3: Readonly<Record<string, number>> = {
  '1': 48,
  '2': 12,
  '3': 1,
  '4': 2,
  '5': 2,
  '6': 1,
  '8': 1,
  '9': 1,
  '13': 1,
  '28': 1,
};

/** Fig 6.10: share of services per processing country (they sum to 102 % in the figure). */
export const FIG_6_10: Readonly<Record<string, number>> = {
  SE: 0.62,
  IE: 0.15,
  NL: 0.08,
  NO: 0.05,
  US: 0.05,
  FR: 0.03,
  GB: 0.02,
  DE: 0.02,
};

/** Fig 6.9: share of services processing data inside the EU/EEA (the UK was in the EU in 2018). */
export const FIG_6_9_EEA = 0.95;

/**
 * The number of the 106 services (90 SaaS, 12 PaaS, 4 IaaS) that process data in each country: one
 * country per service, every share within one percentage point of Fig 6.10.
 */
export const SERVICE_COUNTRIES: Readonly<Record<string, number>> = {
  SE: 65,
  IE: 16,
  NL: 8,
  NO: 5,
  US: 5,
  FR: 3,
  GB: 2,
  DE: 2,
};
