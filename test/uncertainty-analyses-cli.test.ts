/**
 * `kedja simulate`, `kedja metrics`, `kedja screen` and `kedja advise` on a graph with possible
 * dependencies (issue 13), end to end on test/support/uncertain.ts in English and Swedish: simulate
 * draws the four possible edges (one without a probability, drawn with 0.5) and says so; metrics,
 * screen and advise give both bounds. A graph without possible dependencies prints what it always
 * did (test/json-before-uncertainty.test.ts).
 */
import { describe, expect, it } from 'vitest';

import { kedja } from './support/cli.js';
import { writeFolder } from './support/fixtures.js';
import { UNCERTAIN } from './support/uncertain.js';

const folder = writeFolder(UNCERTAIN);

describe('kedja simulate with possible dependencies', () => {
  it('says how many possible edges it draws and that 0.5 stands in for a missing probability', async () => {
    const args = ['simulate', folder, '--p', '0.5', '--samples', '2000', '--seed', '4'];
    const [json, again, en, sv] = await Promise.all([
      kedja([...args, '--json']),
      kedja([...args, '--json']),
      kedja(args),
      kedja([...args, '--lang', 'sv']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toBe(again.stdout); // the same seed, the same draws of suppliers and edges
    const result = JSON.parse(json.stdout);
    expect(result.possibleEdges).toMatchObject({ count: 4, fromData: 3, default: 0.5 });
    // Expected present per draw: 0.4 + 0.5 + 0.25 + 1 = 2.15; the standard error of the mean of 2,000
    // draws is sqrt(0.24 + 0.25 + 0.1875 + 0) / sqrt(2,000) = 0.018.
    expect(Math.abs(result.possibleEdges.meanPresent - 2.15)).toBeLessThan(4.5 * Math.sqrt(0.6775 / 2000));
    expect(en.stdout).toMatch(
      /Possible dependencies: 4, drawn in every draw, each present with its probability; 1 has none and is drawn with 0\.5\. On average 2\.\d\d are present per draw/,
    );
    expect(sv.stdout).toMatch(
      /Möjliga beroenden: 4, dras i varje dragning, vart och ett finns med sin sannolikhet; 1 saknar sannolikhet och dras med 0,5\. I genomsnitt finns 2,\d\d per dragning/,
    );
  });
});

describe('kedja screen with possible dependencies', () => {
  it('gives the cover of both bounds: the lower bound’s fields and upper, in both languages', async () => {
    const [json, en, sv] = await Promise.all([
      kedja(['screen', folder, '--pairs', '--cover', '0.5', '--json']),
      kedja(['screen', folder, '--pairs', '--cover', '0.5']),
      kedja(['screen', folder, '--pairs', '--cover', '0.5', '--lang', 'sv']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.pairs).toMatchObject({ found: 0, pairs: [], upper: { found: 0 } });
    // Without the possible dependencies Leverantör 1 takes down Kommun A; with them Hosting 3 takes down both.
    expect(result.cover.suppliers.map((s: { id: string }) => s.id)).toEqual(['sup-1']);
    expect(result.cover.upper.suppliers).toEqual([
      { id: 'sup-3', name: 'Hosting 3', organisations: 2, population: 1000 },
    ]);
    expect(en.stdout).toContain('Possible dependencies: 0 pairs without them, 0 with every one taken as real');
    expect(en.stdout).toContain('Without the possible dependencies:');
    expect(en.stdout).toContain(
      'With every possible dependency taken as real (the worst case), 1 supplier suffices: Hosting 3 (sup-3).',
    );
    expect(sv.stdout).toContain('Möjliga beroenden: 0 par utan dem');
    expect(sv.stdout).toContain('När varje möjligt beroende räknas som verkligt (värsta fallet) räcker 1 leverantör');
  });
});

describe('kedja advise with possible dependencies', () => {
  it('advises on the upper bound, says so, and gives the lower bound’s scores beside', async () => {
    const [json, en, sv] = await Promise.all([
      kedja(['advise', folder, '--json']),
      kedja(['advise', folder]),
      kedja(['advise', folder, '--lang', 'sv']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ scoreBefore: 4, lower: { scoreBefore: 2 } });
    expect(result.steps[0]).toMatchObject({ scoreBefore: 4, scoreAfter: 3, lower: { scoreBefore: 2, scoreAfter: 1 } });
    expect(en.stdout).toContain(
      'The advice takes every possible dependency as real (the worst case); without the possible dependencies the score today is 2.',
    );
    expect(en.stdout).toContain('Without the possible dependencies: from 2 to 1.');
    expect(sv.stdout).toContain('utan de möjliga beroendena är poängen i dag 2.');
    expect(sv.stdout).toContain('Utan de möjliga beroendena: från 2 till 1.');
  });
});

describe('kedja metrics with possible dependencies', () => {
  it('adds bounds (effective and hidden per supplier, both histograms) and shows them as ranges', async () => {
    const [json, en, sv] = await Promise.all([
      kedja(['metrics', folder, '--json']),
      kedja(['metrics', folder]),
      kedja(['metrics', folder, '--lang', 'sv']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(Object.keys(document).at(-1)).toBe('bounds');
    // Hosting 3 affects nobody for certain and both organisations at most; Myndighet B is reached
    // through sup-2's possible subcontract, a dependency it never named.
    expect(document.bounds.possibleEdges).toBe(4);
    expect(document.bounds.suppliers['sup-3']).toEqual({
      effective: { lower: 0, upper: 2 },
      hidden: { lower: 0, upper: 1 },
    });
    expect(document.bounds.suppliersEffective).toEqual({ lower: { 1: 2 }, upper: { 1: 2, 2: 1 } });
    expect(document.amplification['sup-3'].effective).toBe(2); // the document's own fields: the upper bound
    expect(en.stdout).toContain('With 4 possible dependencies: effective and hidden as a–b');
    expect(en.stdout).toMatch(/Hosting 3 +sup-3 +1 +1 +0–2 +0–1 +2×/);
    expect(sv.stdout).toContain('Med 4 möjliga beroenden: faktiska och dolda som a–b');
    expect(sv.stdout).toMatch(/Hosting 3 +sup-3 +1 +1 +0–2 +0–1 +2×/);
  });
});
