/**
 * The scenario options shared by `blast`, `timeline` and `why`: explicit ids and selectors, all
 * repeatable, turned into core's `ScenarioSpec` (a usage error when nothing is said to fail). The
 * jurisdiction selectors enter the spec only when given, so that the JSON of every other scenario
 * stays as it was.
 */
import { isEmptySpec, type ScenarioSpec } from '@kedja/core';
import type { Command } from 'commander';

import { UsageError } from '../errors.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addScenarioOptions(command: Command): Command {
  return command
    .option('--supplier <id>', 'a supplier that fails (repeatable)', collect)
    .option('--service <id>', 'a service that fails (repeatable)', collect)
    .option('--country <CC>', 'every supplier based in this country fails (ISO code, repeatable)', collect)
    .option('--parent <group>', 'every supplier owned by this group fails (repeatable)', collect)
    .option('--service-country <CC>', 'every service processing data in this country fails (repeatable)', collect)
    .option('--outside-eea', 'every supplier based outside the EU/EEA fails')
    .option(
      '--jurisdiction <CC>',
      "every supplier under this country's jurisdiction (its ultimate parent's country, else its own) fails (repeatable)",
      collect,
    )
    .option('--outside-eea-jurisdiction', 'every supplier under a jurisdiction outside the EU/EEA fails');
}

export interface ScenarioOptions {
  supplier?: string[];
  service?: string[];
  country?: string[];
  parent?: string[];
  serviceCountry?: string[];
  outsideEea?: boolean;
  jurisdiction?: string[];
  outsideEeaJurisdiction?: boolean;
}

export function scenarioSpec(options: ScenarioOptions): ScenarioSpec {
  const spec: ScenarioSpec = {
    suppliers: options.supplier ?? [],
    services: options.service ?? [],
    countries: options.country ?? [],
    parents: options.parent ?? [],
    serviceCountries: options.serviceCountry ?? [],
    outsideEea: options.outsideEea === true,
    ...(options.jurisdiction?.length ? { jurisdictions: options.jurisdiction } : {}),
    ...(options.outsideEeaJurisdiction === true ? { outsideEeaJurisdiction: true } : {}),
  };
  if (isEmptySpec(spec)) {
    throw new UsageError(
      'say what fails: --supplier ID, --service ID, --country CC, --parent GROUP, --service-country CC, --outside-eea, --jurisdiction CC or --outside-eea-jurisdiction',
    );
  }
  return spec;
}
