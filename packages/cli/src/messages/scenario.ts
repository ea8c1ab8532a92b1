/**
 * A scenario in words, "supplier Hallen Hosting AB (sup-hosting) fails": the parts of a scenario
 * spec, in core's order. The English side repeats core's own sentence (`Scenario.description`,
 * which the English output prints as it is; a test keeps the two alike), the Swedish side says it
 * in MSB's words (leverantör, faller bort). O(1) each.
 */
import type { Catalogue } from '@kedja/core/i18n';

const en = {
  supplier: (name: string, id: string) => `supplier ${name} (${id})`,
  service: (name: string, id: string) => `service ${name} (${id})`,
  parent: (group: string) => `every supplier owned by ${group}`,
  country: (country: string, code: string) => `every supplier based in ${country} (${code})`,
  serviceCountry: (country: string, code: string) => `every service processing data in ${country} (${code})`,
  outsideEea: 'every supplier based outside the EU/EEA',
  jurisdiction: (country: string, code: string) => `every supplier under the jurisdiction of ${country} (${code})`,
  outsideEeaJurisdiction: 'every supplier under a jurisdiction outside the EU/EEA',
  fails: (parts: string, count: number) => `${parts} ${count === 1 ? 'fails' : 'fail'}`,
  nothing: 'nothing fails',
};

export type ScenarioMessages = typeof en;

const sv: ScenarioMessages = {
  supplier: (name, id) => `leverantören ${name} (${id})`,
  service: (name, id) => `tjänsten ${name} (${id})`,
  parent: (group) => `alla leverantörer som ägs av ${group}`,
  country: (country, code) => `alla leverantörer med säte i ${country} (${code})`,
  serviceCountry: (country, code) => `alla tjänster som behandlar data i ${country} (${code})`,
  outsideEea: 'alla leverantörer med säte utanför EU/EES',
  jurisdiction: (country, code) => `alla leverantörer under jurisdiktion i ${country} (${code})`,
  outsideEeaJurisdiction: 'alla leverantörer under en jurisdiktion utanför EU/EES',
  fails: (parts) => `${parts} faller bort`,
  nothing: 'ingenting faller bort',
};

export const SCENARIO_MESSAGES: Catalogue<ScenarioMessages> = { en, sv };
