/**
 * The timeline renderers on the demo dataset's hosting failure (datasets/demo/README.md): Region
 * Norrexempel's health care fails at 4 h (its own tolerance), Ådalen's home care at 24 h (Tabell
 * 6.4), both in crisis after a month; and on a scenario that affects no one. With possible
 * dependencies (issue 13): the demo with Lönesystem's data centre only possible.
 */
import { fileURLToPath } from 'node:url';

import {
  computeTimeline,
  createEngine,
  defaultConsequenceModel,
  type BlastRadius,
  type KedjaGraph,
  type ScenarioSpec,
} from '@kedja/core';
import { referenceBound } from '@kedja/core/reference';
import { loadGraph } from '@kedja/importer';
import { beforeAll, describe, expect, it } from 'vitest';

import { describeReason, renderTimeline, timelineJson, type BoundedTimeline } from './timeline.js';

const DEMO = fileURLToPath(new URL('../../../../datasets/demo', import.meta.url));
const SPEC = { suppliers: ['sup-hosting'] };
const rules = defaultConsequenceModel.rules;

let graph: KedjaGraph;
beforeAll(async () => {
  // The demo with its doubt stripped (its possible edge left out, the lower bound): these tests are about
  // rendering a graph without possible dependencies, or with the one a test adds.
  graph = referenceBound((await loadGraph(DEMO)).graph!, 'lower');
});

/** The timeline of a scenario at the given durations (hours; core's five by default). */
function timelineOf(spec: ScenarioSpec, durations?: number[]) {
  const blast = createEngine(graph).blast(spec);
  return {
    blast,
    timeline: computeTimeline(graph, blast, {
      model: defaultConsequenceModel,
      ...(durations ? { hours: durations } : {}),
    }),
  };
}

describe('renderTimeline', () => {
  it('prints the levels per duration, then what fails at each step and why', () => {
    const { blast, timeline } = timelineOf(SPEC);
    expect(renderTimeline(graph, blast.scenario.description, timeline, rules)).toBe(
      [
        'Scenario: supplier Hallen Hosting AB (sup-hosting) fails.',
        '',
        '2 organisations affected. Consequence levels by outage length (rules: MSB1196 Tabell 6.4);',
        'a function fails when it reaches critical. failing = organisations at critical or worse.',
        '',
        'after    crisis  critical  noticeable  minor  none  failing  residents  population  sectors',
        '-------  ------  --------  ----------  -----  ----  -------  ---------  ----------  -----------------------------------------',
        '4 h           0         1           0      1     0        1    250,000     250,000  health-care 1',
        '24 h          0         2           0      0     0        2    250,000     275,000  education 1, health-care 1, social-care 1',
        '48 h          0         2           0      0     0        2    250,000     275,000  education 1, health-care 1, social-care 1',
        '1 week        0         2           0      0     0        2    250,000     275,000  education 1, health-care 1, social-care 1',
        '1 month       2         0           0      0     0        2    250,000     275,000  education 1, health-care 1, social-care 1',
        '',
        'After 4 h: 1 critical function fails at 1 organisation, 250,000 more residents (population served 250,000).',
        '  Region Norrexempel (region-norr): health care [health-care] on Omsorgsjournal: critical (its max_outage_hours (4 h) is reached)',
        'After 24 h: 1 critical function fails at 1 organisation, no more residents (population served 25,000, all counted already).',
        '  Ådalens kommun (adalen): home care [social-care] on Omsorgsjournal: critical (Tabell 6.4, 24 h, Kommuner)',
        'After 48 h: no further critical function fails.',
        'After 1 week: no further critical function fails.',
        'After 1 month: no further critical function fails.',
        '  In crisis from now: Region Norrexempel (region-norr) and Ådalens kommun (adalen).',
        '',
      ].join('\n'),
    );
  });

  it('cuts the failing functions of a step at the limit', () => {
    const { blast, timeline } = timelineOf(SPEC, [24]);
    const lines = renderTimeline(graph, blast.scenario.description, timeline, rules, 1).split('\n');
    expect(lines).toContain(
      'After 24 h: 2 critical functions fail at 2 organisations, 250,000 more residents (population served 275,000).',
    );
    // The largest organisation is named first; the other is counted.
    expect(lines).toContain(
      '  Region Norrexempel (region-norr): health care [health-care] on Omsorgsjournal: critical (Tabell 6.4, 24 h, Kommuner)',
    );
    expect(lines).toContain('  … and 1 more (--limit or --json for all)');
    expect(lines.some((line) => line.includes('(adalen)'))).toBe(false);
  });

  it('says there are no consequences when no organisation is affected', () => {
    const { blast, timeline } = timelineOf({ countries: ['US'] });
    expect(renderTimeline(graph, blast.scenario.description, timeline, rules)).toBe(
      'Scenario: every supplier based in United States (US) fails.\n\n' +
        'No organisation is affected, so the outage has no consequences at any length.\n',
    );
  });
});

describe('describeReason', () => {
  it('names the fallback, the tolerance, or the source of a rule', () => {
    expect(describeReason(rules, 'fallback')).toBe('lowered by its fallback routine');
    expect(describeReason(rules, 'max-outage-hours', 72)).toBe('its max_outage_hours (72 h) is reached');
    expect(describeReason(rules, 'max-outage-hours')).toBe('its max_outage_hours (? h) is reached');
    expect(describeReason(rules, 'municipality-24h')).toBe('Tabell 6.4, 24 h, Kommuner');
    expect(describeReason(rules, 'no-such-rule')).toBe('rule no-such-rule');
  });
});

describe('timelineJson', () => {
  it('carries the scenario with its spec, the rules, and each step with names', () => {
    const { blast, timeline } = timelineOf(SPEC);
    const json = timelineJson(graph, blast, SPEC, timeline);
    expect(json.scenario).toEqual({ ...blast.scenario, spec: SPEC });
    expect(json.rules).toBe('MSB1196 Tabell 6.4');
    expect(json.organisations).toBe(2);
    expect(json.steps.map((s) => s.label)).toEqual(['4 h', '24 h', '48 h', '1 week', '1 month']);
    const first = json.steps[0]!;
    expect(first.failing).toEqual([
      {
        organisation: 'region-norr',
        function: 'health care',
        dependency: 'svc-journal',
        level: 'critical',
        sectors: ['health-care'],
        because: ['municipality-24h', 'max-outage-hours'],
        maxOutageHours: 4,
        name: 'Region Norrexempel',
      },
    ]);
    expect(first.newOrganisations).toEqual([{ id: 'region-norr', name: 'Region Norrexempel' }]);
    // In the engine's order (the text names the largest first).
    expect(json.steps[4]!.crisis).toEqual([
      { id: 'adalen', name: 'Ådalens kommun' },
      { id: 'region-norr', name: 'Region Norrexempel' },
    ]);
  });
});

describe('renderTimeline in Swedish', () => {
  const plain = (text: string) => text.replaceAll('\u00a0', ' ');

  it('tells the levels by outage length and what fails when, in Swedish', () => {
    const { timeline } = timelineOf(SPEC);
    const description = 'leverantören Hallen Hosting AB (sup-hosting) faller bort';
    const lines = plain(renderTimeline(graph, description, timeline, rules, 50, 'sv')).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Scenario: leverantören Hallen Hosting AB (sup-hosting) faller bort.',
        '2 organisationer drabbas. Konsekvensnivåer per avbrottslängd (regler: MSB1196 Tabell 6.4);',
        'efter    kris  kritisk  kännbar  begränsad  ingen  bortfall  invånare  befolkning  sektorer',
        '1 vecka     0        2        0          0      0         2   250 000     275 000  education 1, health-care 1, social-care 1',
        'Efter 4 h: 1 kritisk funktion faller bort hos 1 organisation, 250 000 fler invånare (befolkning som betjänas 250 000).',
        '  Region Norrexempel (region-norr): health care [health-care] på Omsorgsjournal: kritisk (dess max_outage_hours (4 h) har nåtts)',
        'Efter 24 h: 1 kritisk funktion faller bort hos 1 organisation, inga fler invånare (befolkning som betjänas 25 000, alla redan räknade).',
        'Efter 48 h: ingen ytterligare kritisk funktion faller bort.',
        '  I kris från och med nu: Region Norrexempel (region-norr) och Ådalens kommun (adalen).',
      ]),
    );
  });

  it('names a lost contract in Swedish, and a rule by its source', () => {
    const { timeline } = timelineOf({ suppliers: ['sup-office'] });
    const text = plain(renderTimeline(graph, 'x', timeline, rules, 50, 'sv'));
    expect(text).toContain(
      '  Exempelverket (exempelverket): avtal med Kontorsmoln Ltd: kritisk (Tabell 6.4, 1 vecka, Myndigheter)',
    );
    expect(describeReason(rules, 'fallback', undefined, 'sv')).toBe('sänkt av dess reservrutin');
  });
});

describe('with possible dependencies (issue 13)', () => {
  /** The demo with Lönesystem's data centre only possible: Nordisk Datahall then takes down nobody for certain. */
  function bounded(): { timeline: BoundedTimeline; lower: BlastRadius; upper: BlastRadius; copy: KedjaGraph } {
    const copy = graph.copy() as KedjaGraph;
    copy.setEdgeAttribute('subcontracts:sup-payroll->sup-dc#data centre', 'certainty', 'possible');
    const engine = createEngine(copy);
    const lower = engine.blastLower({ suppliers: ['sup-dc'] });
    const upper = engine.blast({ suppliers: ['sup-dc'] });
    const options = { model: defaultConsequenceModel, hours: [24, 168] };
    const timeline: BoundedTimeline = computeTimeline(copy, lower, options);
    timeline.upper = computeTimeline(copy, upper, options).steps;
    return { timeline, lower, upper, copy };
  }

  it('gives each count as a range and marks the functions that fail only in the upper bound', () => {
    const { timeline, copy } = bounded();
    expect(renderTimeline(copy, 'x', timeline, rules)).toBe(
      [
        'Scenario: x.',
        '',
        '0 to 3 organisations affected. Consequence levels by outage length (rules: MSB1196 Tabell 6.4);',
        'a function fails when it reaches critical. failing = organisations at critical or worse.',
        'a–b = from the lower bound (possible dependencies left out) to the upper bound (every possible dependency taken as real).',
        '',
        'after   crisis  critical  noticeable  minor  none  failing  residents  population  sectors',
        '------  ------  --------  ----------  -----  ----  -------  ---------  ----------  ----------------------',
        '24 h         0         0           0    0–2   0–1        0          0           0',
        '1 week       0       0–2           0      0   0–1      0–2   0–12,000    0–12,000  heating 0–1, water 0–1',
        '',
        'The steps below take every possible dependency as real; (possible) marks a function that fails only then.',
        'After 24 h: no critical function has failed yet.',
        'After 1 week: 3 critical functions fail at 2 organisations, 12,000 more residents (population served 12,000).',
        '  Björkby kommun (bjorkby): payroll on Lönetjänst: critical (Tabell 6.4, 1 vecka, Kommuner) (possible)',
        '  Björkby kommun (bjorkby): contract with Lönesystem AB: critical (Tabell 6.4, 1 vecka, Kommuner) (possible)',
        '  Exempelverket (exempelverket): payroll on Lönetjänst: critical (Tabell 6.4, 1 vecka, Myndigheter) (possible)',
        '',
      ].join('\n'),
    );
  });

  it('says it in Swedish', () => {
    const { timeline, copy } = bounded();
    const text = renderTimeline(copy, 'x', timeline, rules, 50, 'sv').replaceAll('\u00a0', ' ');
    expect(text).toContain('0 till 3 organisationer drabbas.');
    expect(text).toContain('a–b = från den nedre gränsen (möjliga beroenden utelämnade)');
    expect(text).toContain('Stegen nedan räknar varje möjligt beroende som verkligt;');
    expect(text).toContain(
      '  Exempelverket (exempelverket): payroll på Lönetjänst: kritisk (Tabell 6.4, 1 vecka, Myndigheter) (möjlig)',
    );
  });

  it('gives each step of the JSON the upper bound with the same fields, and organisationsUpper', () => {
    const { timeline, lower, upper, copy } = bounded();
    const json = timelineJson(copy, lower, { suppliers: ['sup-dc'] }, timeline, upper);
    expect(json.organisations).toBe(0);
    expect(json.organisationsUpper).toBe(3);
    const week = json.steps[1]!;
    expect(week.organisations).toBe(0);
    expect(week.upper?.organisations).toBe(2);
    expect(week.upper?.failing.map((f) => f.name)).toEqual(['Björkby kommun', 'Björkby kommun', 'Exempelverket']);
    expect(Object.keys(week.upper!)).toEqual(Object.keys(week).filter((key) => key !== 'upper'));
    // Without the upper bound, the document is as before.
    expect(timelineJson(copy, lower, { suppliers: ['sup-dc'] }, { ...timeline, upper: undefined })).not.toHaveProperty(
      'organisationsUpper',
    );
  });
});
