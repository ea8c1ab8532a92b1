/**
 * The types of ICT services of the DORA register (Annex III of Implementing Regulation (EU)
 * 2024/2956): S01 to S19, of which S17 to S19 are the cloud service models that Kedja's services
 * carry as `model`.
 */
import type { ServiceModel } from '@kedja/core';

export const ICT_SERVICE_TYPES: Readonly<Record<string, string>> = {
  S01: 'ICT project management',
  S02: 'ICT Development',
  S03: 'ICT help desk and first level support',
  S04: 'ICT security management services',
  S05: 'Provision of data',
  S06: 'Data analysis',
  S07: 'ICT, facilities and hosting services (excluding Cloud services)',
  S08: 'Computation',
  S09: 'Non-Cloud Data storage',
  S10: 'Telecom carrier',
  S11: 'Network infrastructure',
  S12: 'Hardware and physical devices',
  S13: 'Software licencing (excluding SaaS)',
  S14: 'ICT operation management (including maintenance)',
  S15: 'ICT Consulting',
  S16: 'ICT Risk management',
  S17: 'Cloud services: IaaS',
  S18: 'Cloud services: PaaS',
  S19: 'Cloud services: SaaS',
};

export function serviceModel(type: string): ServiceModel {
  return type === 'S17' ? 'IaaS' : type === 'S18' ? 'PaaS' : type === 'S19' ? 'SaaS' : 'other';
}
