import { addOrganisation, addProvidedBy, addService, addSupplier, addUses, createKedjaGraph } from '@kedja/core';
import { catalogueKeys, catalogueProblems } from '@kedja/core/i18n';
import { describe, expect, it } from 'vitest';

import { addressWithLang, pageLang } from './page-lang.js';
import { VIEWER_MESSAGES } from './viewer-messages.js';
import { countryIn, durationIn, scenarioIn } from './words.js';

describe("the viewer's catalogue", () => {
  it('has every key in both languages, says every value the English shows, and no English sentence in Swedish', () => {
    expect(catalogueKeys(VIEWER_MESSAGES.en).length).toBeGreaterThan(50);
    expect(catalogueProblems(VIEWER_MESSAGES)).toEqual([]);
  });

  it("speaks MSB's words in Swedish", () => {
    const sv = VIEWER_MESSAGES.sv;
    expect(sv.scenario.counts.critical).toBe('förlorar en samhällsviktig funktion');
    expect(sv.scenario.counts.hidden).toContain('underleverantörer');
    expect(sv.scenario.counts.residents).toContain('invånare');
    expect(sv.scenario.population('1')).toContain('Befolkning');
    expect(sv.scenario.affectedTitle('3')).toBe('Drabbade organisationer (3)');
    expect(sv.ranking.title).toContain('systemrisk');
    expect(sv.durations.legend).toBe('Avbrottets längd');
  });
});

describe('the words made from data', () => {
  const graph = createKedjaGraph();
  addOrganisation(graph, 'kommun', { name: 'Ådalens kommun', orgType: 'municipality' });
  addService(graph, 'journal', { name: 'Omsorgsjournal' });
  addSupplier(graph, 'host', { name: 'Hallen Hosting AB', country: 'SE' });
  addUses(graph, 'kommun', 'journal');
  addProvidedBy(graph, 'journal', 'host');

  it('say the scenario as core does in English, and in the same parts in Swedish', () => {
    const description = 'supplier Hallen Hosting AB (host) fails';
    expect(scenarioIn('en', graph, { suppliers: ['host'] }, description)).toBe(description);
    expect(scenarioIn('sv', graph, { suppliers: ['host'] }, description)).toBe(
      'leverantören Hallen Hosting AB (host) faller bort',
    );
    expect(scenarioIn('sv', graph, { suppliers: ['host'], countries: ['IE'], outsideEea: true }, '')).toBe(
      'leverantören Hallen Hosting AB (host), alla leverantörer med säte i Irland (IE) och alla leverantörer med säte utanför EU/EES faller bort',
    );
    expect(scenarioIn('sv', graph, {}, 'nothing fails')).toBe('ingenting faller bort');
  });

  it('name countries and outage lengths in the language', () => {
    expect(countryIn('en', 'IE')).toBe('Ireland');
    expect(countryIn('sv', 'IE')).toBe('Irland');
    expect(countryIn('sv', 'XX')).toBe('XX');
    expect(durationIn('en', 168)).toBe('1 week');
    expect(durationIn('sv', 168)).toBe('1 vecka');
    expect(durationIn('sv', 720)).toBe('1 månad');
    expect(durationIn('en', 12)).toBe('12 h');
  });
});

describe("the page's language", () => {
  it('is the address, then the server, then the browser, then English', () => {
    expect(pageLang({ query: '?lang=sv', server: 'en', browser: ['en-GB'] })).toBe('sv');
    expect(pageLang({ query: '?x=1&lang=en', server: 'sv', browser: ['sv-SE'] })).toBe('en');
    expect(pageLang({ query: '?lang=de', server: 'sv', browser: ['en-GB'] })).toBe('sv');
    expect(pageLang({ query: '', server: null, browser: ['de-DE', 'sv-SE', 'en'] })).toBe('sv');
    expect(pageLang({ query: '', browser: ['nb-NO'] })).toBe('en');
    expect(pageLang({})).toBe('en');
  });

  it('is written into the address, the rest kept', () => {
    expect(addressWithLang('http://127.0.0.1:5180/?lang=en#x', 'sv')).toBe('http://127.0.0.1:5180/?lang=sv#x');
    expect(addressWithLang('http://127.0.0.1:5180/?a=1', 'en')).toBe('http://127.0.0.1:5180/?a=1&lang=en');
  });
});
