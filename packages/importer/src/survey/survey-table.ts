/**
 * The survey export Kedja reads: one row per responding organisation, with the columns of the MSB
 * 2018 questionnaire (Bilaga 1) that form the graph. Only the organisation columns are required;
 * other columns of a real export (the questions Kedja does not use) are reported once and skipped.
 */
import type { ServiceModel } from '@kedja/core';

import type { TableSpec } from '../formats/csv/index.js';
import type { NameKind } from './matcher-types.js';

const text = (name: string, required = false) => ({ name, required, value: { type: 'text' as const } });

export const SURVEY_TABLE: TableSpec = {
  file: 'the answers file',
  required: true,
  unknownColumns: 'warning',
  columns: [
    text('organisation_id', true),
    text('organisation_name', true),
    text('organisation_type'),
    text('q1_cloud'),
    text('q7_saas'),
    text('q7_1_saas_names'),
    text('q8_paas'),
    text('q8_1_paas_names'),
    text('q9_iaas'),
    text('q9_1_iaas_names'),
    text('q15_supplier_names'),
    text('q23_1_countries'),
    text('q26_subcontractor_routine'),
    text('q31_shared_supplier_risk'),
    text('q33_1_incident_kinds'),
  ],
};

/** A question whose answers are names: what they name and, for services, the service model asked for. */
export interface NameQuestion {
  question: string;
  column: string;
  kind: NameKind;
  model?: ServiceModel;
}

/** The questions whose answers are names, what they name and the edge they give. */
export const NAME_QUESTIONS: readonly NameQuestion[] = [
  { question: 'q7_1', column: 'q7_1_saas_names', kind: 'service', model: 'SaaS' },
  { question: 'q8_1', column: 'q8_1_paas_names', kind: 'service', model: 'PaaS' },
  { question: 'q9_1', column: 'q9_1_iaas_names', kind: 'service', model: 'IaaS' },
  { question: 'q15', column: 'q15_supplier_names', kind: 'supplier' },
];

/** Yes/no questions and the organisation attribute each fills. */
export const YES_NO_QUESTIONS: readonly { column: string; attribute: string }[] = [
  { column: 'q1_cloud', attribute: 'cloud' },
  { column: 'q7_saas', attribute: 'usesSaas' },
  { column: 'q8_paas', attribute: 'usesPaas' },
  { column: 'q9_iaas', attribute: 'usesIaas' },
  { column: 'q26_subcontractor_routine', attribute: 'subcontractorRoutine' },
];

/** Organisation types in the answers, Swedish or English. */
export const ORGANISATION_TYPES: Readonly<Record<string, 'municipality' | 'region' | 'agency' | 'other'>> = {
  municipality: 'municipality',
  kommun: 'municipality',
  region: 'region',
  landsting: 'region',
  agency: 'agency',
  myndighet: 'agency',
  'statlig myndighet': 'agency',
  other: 'other',
  annan: 'other',
  övrig: 'other',
};

/** Answers that mean "do not know" (kept as no answer, and counted). */
export const DONT_KNOW: ReadonlySet<string> = new Set([
  'vet ej',
  'vet inte',
  'osäker',
  "don't know",
  'dont know',
  'unknown',
  'okänt',
  '-',
]);
