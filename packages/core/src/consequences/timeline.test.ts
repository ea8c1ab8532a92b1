/**
 * Consequences and the timeline on a toy graph checked by hand: the demo dataset's hosting
 * failure (see datasets/demo/README.md), built in code.
 */
import { describe, expect, it } from 'vitest';

import { createEngine } from '../engine/index.js';
import {
  addOrganisation,
  addProvidedBy,
  addService,
  addSubcontracts,
  addSupplier,
  addUses,
  createKedjaGraph,
  addContracts,
} from '../model/index.js';
import { assessConsequences, countLevels } from './assess-consequences.js';
import { computeTimeline } from './timeline.js';

function toy() {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'adalen', {
    name: 'Ådalen',
    orgType: 'municipality',
    county: 'Exempellän',
    population: 25000,
    sectors: ['social-care'],
  });
  addOrganisation(graph, 'region', {
    name: 'Region',
    orgType: 'region',
    county: 'Exempellän',
    population: 250000,
    sectors: ['health-care'],
  });
  addOrganisation(graph, 'verket', { name: 'Verket', orgType: 'agency' });
  addService(graph, 'journal', { name: 'Journal', category: 'health care' });
  addService(graph, 'office', { name: 'Office' });
  addSupplier(graph, 'a', { name: 'A' });
  addSupplier(graph, 'b', { name: 'B' });
  addSupplier(graph, 'hosting', { name: 'Hosting' });
  addProvidedBy(graph, 'journal', 'a', { alternatives: 'g' });
  addProvidedBy(graph, 'journal', 'b', { alternatives: 'g' });
  addProvidedBy(graph, 'office', 'hosting');
  addSubcontracts(graph, 'a', 'hosting');
  addSubcontracts(graph, 'b', 'hosting');
  addUses(graph, 'adalen', 'journal', { function: 'home care', maxOutageHours: 24 });
  addUses(graph, 'adalen', 'office', { critical: false, fallback: true });
  addUses(graph, 'region', 'journal', { function: 'health care', maxOutageHours: 4 });
  addUses(graph, 'verket', 'office', { function: 'case handling' });
  addContracts(graph, 'verket', 'hosting', { critical: false });
  return graph;
}

describe('consequences of a scenario', () => {
  const graph = toy();
  const blast = createEngine(graph).blast({ suppliers: ['hosting'] });

  it('gives each affected organisation its worst lost function', () => {
    const at48 = assessConsequences(graph, blast, 48);
    expect(at48.map((c) => [c.id, c.level])).toEqual([
      ['verket', 'noticeable'], // case handling: agency 48 h
      ['adalen', 'critical'], // home care: care from 24 h (office is not critical, with fallback: none)
      ['region', 'critical'],
    ]);
    expect(at48[0]!.functions.map((f) => [f.function, f.level])).toEqual([
      ['case handling', 'noticeable'],
      ['contract with Hosting', 'minor'],
    ]);
    expect(at48[1]!.functions.map((f) => [f.function, f.level, f.sectors])).toEqual([
      ['home care', 'critical', ['social-care']],
      ['Office', 'none', []],
    ]);
    expect(countLevels(at48)).toEqual({ none: 0, minor: 0, noticeable: 1, critical: 2, crisis: 0 });
  });

  it('shows which critical functions fail at each step, with population, residents and sectors', () => {
    // Ådalen lies in the region's county: its 25,000 residents are counted once, with the region's.
    const timeline = computeTimeline(graph, blast);
    expect(timeline.rules).toBe('MSB1196 Tabell 6.4');
    const steps = timeline.steps.map((s) => ({
      label: s.label,
      failing: s.failing.map((f) => `${f.organisation}:${f.function}`),
      crisis: s.crisis,
      organisations: s.organisations,
      population: s.population,
      newPopulation: s.newPopulation,
      residents: s.residents,
      newResidents: s.newResidents,
      bySector: s.bySector,
    }));
    expect(steps).toEqual([
      {
        label: '4 h',
        failing: ['region:health care'],
        crisis: [],
        organisations: 1,
        population: 250000,
        newPopulation: 250000,
        residents: 250000,
        newResidents: 250000,
        bySector: { 'health-care': 1 },
      },
      {
        label: '24 h',
        failing: ['adalen:home care'],
        crisis: [],
        organisations: 2,
        population: 275000,
        newPopulation: 25000,
        residents: 250000,
        newResidents: 0,
        bySector: { 'health-care': 1, 'social-care': 1 },
      },
      {
        label: '48 h',
        failing: [],
        crisis: [],
        organisations: 2,
        population: 275000,
        newPopulation: 0,
        residents: 250000,
        newResidents: 0,
        bySector: { 'health-care': 1, 'social-care': 1 },
      },
      {
        label: '1 week',
        failing: ['verket:case handling'],
        crisis: [],
        organisations: 3,
        population: 275000,
        newPopulation: 0,
        residents: 250000,
        newResidents: 0,
        bySector: { 'health-care': 1, 'social-care': 1 },
      },
      {
        label: '1 month',
        failing: [],
        crisis: ['adalen', 'region'],
        organisations: 3,
        population: 275000,
        newPopulation: 0,
        residents: 250000,
        newResidents: 0,
        bySector: { 'health-care': 1, 'social-care': 1 },
      },
    ]);
    expect(timeline.steps[0]!.failing[0]!.because).toEqual(['municipality-24h', 'max-outage-hours']);
    expect(timeline.steps[4]!.levels).toEqual({ none: 0, minor: 0, noticeable: 0, critical: 1, crisis: 2 });
  });

  it('takes its own steps in any order, and is empty for a scenario that affects nobody', () => {
    expect(computeTimeline(graph, blast, { hours: [48, 2] }).steps.map((s) => s.hours)).toEqual([2, 48]);
    const none = createEngine(graph).blast({ suppliers: ['a'] });
    expect(computeTimeline(graph, none).steps.every((s) => s.organisations === 0 && s.failing.length === 0)).toBe(true);
  });
});
