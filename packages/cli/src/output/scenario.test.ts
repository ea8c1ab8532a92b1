/**
 * A scenario in words: English is core's sentence, and the catalogue's English says the same (so
 * the two cannot drift apart); Swedish names each part once, in core's order, with Swedish
 * country names.
 */
import { fileURLToPath } from 'node:url';

import { expandScenario, nodeName, type KedjaGraph, type ScenarioSpec } from '@kedja/core';
import { formatList } from '@kedja/core/i18n';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { SCENARIO_MESSAGES } from '../messages/scenario.js';
import { describeScenario, scenarioParts } from './scenario.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));

let graph: KedjaGraph;
beforeAll(async () => {
  graph = (await loadGraph(DEMO)).graph!;
});

const SPECS: ScenarioSpec[] = [
  { suppliers: ['sup-hosting'] },
  { suppliers: ['sup-hosting', 'sup-dc', 'sup-hosting'], services: ['svc-office'] },
  { parents: ['Megasoft Group', ' megasoft group'], countries: ['ie', 'SE'], serviceCountries: ['SE'] },
  { outsideEea: true },
];

describe('describeScenario', () => {
  it('is core’s sentence in English, and the catalogue’s English says the same', () => {
    for (const spec of SPECS) {
      const scenario = expandScenario(graph, spec);
      const name = (id: string) => nodeName(graph, id);
      expect(describeScenario('en', scenario, name)).toBe(scenario.description);
      const parts = scenarioParts('en', spec, name);
      const words =
        parts.length === 0
          ? SCENARIO_MESSAGES.en.nothing
          : SCENARIO_MESSAGES.en.fails(formatList('en', parts), parts.length);
      expect(words).toBe(scenario.description);
    }
  });

  it('says the scenario in Swedish, each part once, with Swedish country names', () => {
    const name = (id: string) => nodeName(graph, id);
    const say = (spec: ScenarioSpec) => describeScenario('sv', expandScenario(graph, spec), name);
    expect(say({ suppliers: ['sup-hosting'] })).toBe('leverantören Hallen Hosting AB (sup-hosting) faller bort');
    expect(say(SPECS[1]!)).toBe(
      'leverantören Hallen Hosting AB (sup-hosting), leverantören Nordisk Datahall AB (sup-dc) och tjänsten Kontorspaket Moln (svc-office) faller bort',
    );
    expect(say(SPECS[2]!)).toBe(
      'alla leverantörer som ägs av Megasoft Group, alla leverantörer med säte i Irland (IE), alla leverantörer med säte i Sverige (SE) och alla tjänster som behandlar data i Sverige (SE) faller bort',
    );
    expect(say({ outsideEea: true })).toBe('alla leverantörer med säte utanför EU/EES faller bort');
  });
});
