/**
 * What the viewer says, in Swedish and English: one catalogue, the English messages defining its
 * shape so the compiler refuses a Swedish side that misses a key (core's `Catalogue`, as the
 * reports' catalogues). English is the page's text as it was before Swedish came; Swedish follows
 * MSB's vocabulary (samhällsviktig verksamhet, konsekvens, leverantör, underleverantör, avbrott,
 * drabbade organisationer, invånare, befolkning, dolda beroenden, systemrisk, tjänst), the map the
 * wording of the scenario report's map (the CLI's MAP_LABELS). Consequence levels, organisation
 * types and node kinds are core's WORDS, not repeated here. Values come in as already formatted
 * text (numbers in the language's way), so the messages only order words. O(1) each.
 */
import type { Catalogue, Lang } from '@kedja/core/i18n';

/** Each language by its own name, as the language switch offers them (the same in every language). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { sv: 'Svenska', en: 'English' };

const en = {
  page: {
    title: (dataset: string) => `Kedja viewer: ${dataset}`,
    loading: 'Loading the graph…',
    failed: (reason: string) => `The viewer could not start: ${reason}`,
    invalidGraph: (problem: string) => `the graph is not a valid Kedja graph: ${problem}`,
    counts: (organisations: string, services: string, suppliers: string) =>
      `${organisations} organisations, ${services} services, ${suppliers} suppliers`,
    graph: (dataset: string) => `Dependency graph of ${dataset}`,
    sidePanel: 'Side panel',
    language: 'Language',
    tabs: { scenario: 'Scenario', ranking: 'Ranking', concentration: 'Concentration' },
    forceLayout: 'ForceAtlas2 layout',
    layeredLayout: 'Layered layout',
  },
  keys: {
    title: 'Keys',
    tab: ' moves between the controls; the ranking and the search choose a scenario',
    arrows: ' move between the tabs of the side panel',
    escape: ' clears the scenario',
    slash: ' moves to the search',
  },
  search: {
    placeholder: 'Search by name ( / )',
    label: 'Search organisations, services and suppliers by name',
  },
  legend: {
    label: 'Legend',
    member: 'fails (scenario)',
    failed: 'fails with it',
    critical: 'loses a critical function',
    affected: 'affected, nothing critical',
    size: 'size: how many depend on it directly',
    possible: 'affected only if a possible dependency is real (pale, outlined)',
    possibleEdge: 'possible dependency (curved line)',
  },
  /** With possible dependencies (issue 13): the two bounds of every figure. */
  bounds: {
    /** A figure of both bounds: one number when they agree. */
    range: (lower: string, upper: string) => (lower === upper ? lower : `${lower} to ${upper}`),
    /** A range in a table cell. */
    cell: (lower: string, upper: string) => (lower === upper ? lower : `${lower}–${upper}`),
    note: 'The first figure of a range leaves the possible dependencies out, the second takes every one as real.',
    cellNote:
      'a–b = from the lower bound (possible dependencies left out) to the upper bound (every possible dependency taken as real).',
    /** After a failed node that fails only in the upper bound. */
    possibleMark: ' (possible)',
    charts: 'These charts take every possible dependency as real (the upper bound); the ranking gives both bounds.',
  },
  graphText: {
    graph: (organisations: string, services: string, suppliers: string) =>
      `The graph: ${organisations}, ${services} and ${suppliers}, each joined to what it depends on. No scenario is chosen.`,
    organisations: (n: string, count: number) => `${n} ${count === 1 ? 'organisation' : 'organisations'}`,
    services: (n: string, count: number) => `${n} ${count === 1 ? 'service' : 'services'}`,
    suppliers: (n: string, count: number) => `${n} ${count === 1 ? 'supplier' : 'suppliers'}`,
    scenario: (scenario: string, organisations: string, critical: string) =>
      `Scenario: ${scenario}. ${organisations} affected, ${critical} losing a critical function`,
    worst: (duration: string, level: string) => `; after ${duration} the worst consequence is ${level}.`,
    end: '.',
    asText: 'As text: ',
    affected: 'the affected organisations',
    and: ' and ',
    ranking: 'the systemic ranking',
    choose: ', where a supplier can be chosen (or search by name).',
  },
  durations: {
    legend: 'Outage length',
    h4: '4 h',
    h24: '24 h',
    h48: '48 h',
    week: '1 week',
    month: '1 month',
    hours: (n: string) => `${n} h`,
  },
  scenario: {
    title: 'Scenario',
    hint:
      'Click a supplier (a ring) or a service (a square) to see who goes dark. Shift-click adds to the scenario; ' +
      'the ranking tab lists the suppliers whose failure reaches furthest, and the builder below fails a country or an ownership group.',
    /** Swedish only: English shows core's own description of the scenario. */
    fails: (members: string, n: number) => `${members} ${n === 1 ? 'fails' : 'fail'}`,
    clear: 'Clear scenario',
    exportCsv: 'Affected list (CSV)',
    exportPng: 'View (PNG)',
    counts: {
      organisations: 'organisations affected',
      critical: 'lose a critical function',
      hidden: 'hidden (via subcontractors)',
      residents: 'residents, each counted once',
    },
    population: (population: string) => `Population served, summed over the organisations: ${population}. `,
    failing: (suppliers: string, services: string) => `${suppliers} and ${services} fail.`,
    suppliers: (n: string, count: number) => `${n} ${count === 1 ? 'supplier' : 'suppliers'}`,
    services: (n: string, count: number) => `${n} ${count === 1 ? 'service' : 'services'}`,
    consequencesAfter: (duration: string) => `Consequences after ${duration}`,
    levels: 'Consequence levels',
    affectedTitle: (n: string) => `Affected organisations (${n})`,
    more: (n: string) => `… and ${n} more in the CSV.`,
    failedTitle: (n: string) => `Failed suppliers and services (${n})`,
    tier: (n: string) => `tier ${n}`,
  },
  affected: {
    organisation: 'organisation',
    level: 'level',
    critical: 'critical',
    hidden: 'hidden',
    explanation: 'explanation',
    yes: 'yes',
    no: 'no',
    why: 'Why?',
  },
  why: {
    title: (organisation: string) => `Why is ${organisation} affected?`,
    member: ' fails (in the scenario)',
    step: (edge: string, round: string) => ` (${edge}), round ${round}`,
    edges: {
      providedBy: 'which is provided by it',
      subcontracts: 'which relies on it as a subcontractor',
      uses: 'which uses it',
      contracts: 'which holds a contract with it',
      other: 'depends on it',
    },
    alternatives: (n: number): string => (n === 1 ? '; its alternative ' : '; its alternatives '),
    alternativesFailed: ' failed too',
    on: (dependency: string, level: string) => ` on ${dependency}: ${level}`,
    close: 'Close',
  },
  builder: {
    title: 'Build a scenario',
    country: 'Every supplier based in',
    parent: 'Every supplier of the group',
    jurisdiction: 'Every supplier under the jurisdiction of',
    serviceCountry: 'Every service processing data in',
    outsideEea: ' Everything outside the EU/EEA fails',
    countryChip: (country: string) => `suppliers in ${country}`,
    parentChip: (group: string) => `group ${group}`,
    jurisdictionChip: (country: string) => `suppliers under ${country} jurisdiction`,
    serviceCountryChip: (country: string) => `services processing data in ${country}`,
    remove: (chip: string) => `remove ${chip}`,
  },
  ranking: {
    title: 'Systemic ranking',
    hint: (n: string) =>
      `Each of ${n} suppliers failing alone, by organisations affected. Choose one to see its blast radius.`,
    supplier: 'supplier',
    organisations: 'organisations',
    critical: 'critical',
    population: 'population',
  },
  charts: {
    title: 'Concentration',
    drawing: 'Drawing the charts…',
  },
  map: {
    label: 'Map',
    title: 'Consequences on the map',
    picture: (areas: string) => `Map of Sweden: ${areas} coloured by consequence level`,
    municipalities: 'municipalities',
    areas: 'areas',
    notAffected: 'not affected',
    possible: 'affected only if a possible dependency is real (hatched)',
    noOrganisation: 'no organisation in the data',
    area: (area: string, state: string) => `${area}: ${state}`,
    affectedOf: (affected: string, total: string, _count: number) =>
      ` (${affected} of ${total} organisations affected)`,
    summary: (affected: string, total: string, areas: string) => `${affected} of ${total} ${areas} affected.`,
    choose: 'Choose a scenario to colour the map.',
    unjoined: 'No organisation in this graph has a kommunkod or county code of the map, so the map stays empty.',
  },
};

export type ViewerMessages = typeof en;

const sv: ViewerMessages = {
  page: {
    title: (dataset) => `Kedja-visaren: ${dataset}`,
    loading: 'Läser in grafen…',
    failed: (reason) => `Visaren kunde inte starta: ${reason}`,
    invalidGraph: (problem) => `grafen är inte en giltig Kedja-graf: ${problem}`,
    counts: (organisations, services, suppliers) =>
      `${organisations} organisationer, ${services} tjänster, ${suppliers} leverantörer`,
    graph: (dataset) => `Beroendegraf för ${dataset}`,
    sidePanel: 'Sidopanel',
    language: 'Språk',
    tabs: { scenario: 'Scenario', ranking: 'Rangordning', concentration: 'Koncentration' },
    forceLayout: 'ForceAtlas2-layout',
    layeredLayout: 'Skiktad layout',
  },
  keys: {
    title: 'Tangenter',
    tab: ' flyttar mellan kontrollerna; rangordningen och sökrutan väljer ett scenario',
    arrows: ' flyttar mellan sidopanelens flikar',
    escape: ' rensar scenariot',
    slash: ' flyttar till sökrutan',
  },
  search: {
    placeholder: 'Sök på namn ( / )',
    label: 'Sök organisationer, tjänster och leverantörer på namn',
  },
  legend: {
    label: 'Teckenförklaring',
    member: 'faller bort (scenariot)',
    failed: 'faller bort med den',
    critical: 'förlorar en samhällsviktig funktion',
    affected: 'drabbad, inget samhällsviktigt',
    size: 'storlek: hur många som beror direkt på den',
    possible: 'drabbad bara om ett möjligt beroende är verkligt (ljus, med kontur)',
    possibleEdge: 'möjligt beroende (böjd linje)',
  },
  bounds: {
    range: (lower, upper) => (lower === upper ? lower : `${lower} till ${upper}`),
    cell: (lower, upper) => (lower === upper ? lower : `${lower}–${upper}`),
    note: 'Den första siffran i ett intervall utelämnar de möjliga beroendena, den andra räknar vart och ett som verkligt.',
    cellNote:
      'a–b = från den nedre gränsen (möjliga beroenden utelämnade) till den övre gränsen (varje möjligt beroende räknas som verkligt).',
    possibleMark: ' (möjlig)',
    charts:
      'Diagrammen räknar varje möjligt beroende som verkligt (den övre gränsen); rangordningen ger båda gränserna.',
  },
  graphText: {
    graph: (organisations, services, suppliers) =>
      `Grafen: ${organisations}, ${services} och ${suppliers}, var och en förbunden med det den är beroende av. Inget scenario är valt.`,
    organisations: (n, count) => `${n} ${count === 1 ? 'organisation' : 'organisationer'}`,
    services: (n, count) => `${n} ${count === 1 ? 'tjänst' : 'tjänster'}`,
    suppliers: (n, count) => `${n} ${count === 1 ? 'leverantör' : 'leverantörer'}`,
    scenario: (scenario, organisations, critical) =>
      `Scenario: ${scenario}. ${organisations} drabbade, ${critical} förlorar en samhällsviktig funktion`,
    worst: (duration, level) => `; efter ${duration} är den allvarligaste konsekvensen ${level}.`,
    end: '.',
    asText: 'Som text: ',
    affected: 'de drabbade organisationerna',
    and: ' och ',
    ranking: 'rangordningen efter systemrisk',
    choose: ', där en leverantör kan väljas (eller sök på namn).',
  },
  durations: {
    legend: 'Avbrottets längd',
    h4: '4 h',
    h24: '24 h',
    h48: '48 h',
    week: '1 vecka',
    month: '1 månad',
    hours: (n) => `${n} h`,
  },
  scenario: {
    title: 'Scenario',
    hint:
      'Klicka på en leverantör (en ring) eller en tjänst (en kvadrat) för att se vilka som drabbas. Skift-klick lägger till i scenariot; ' +
      'fliken Rangordning listar leverantörerna vars bortfall når längst, och byggaren nedan låter ett land eller en koncern falla bort.',
    fails: (members) => `${members} faller bort`,
    clear: 'Rensa scenariot',
    exportCsv: 'Lista över drabbade (CSV)',
    exportPng: 'Vyn (PNG)',
    counts: {
      organisations: 'drabbade organisationer',
      critical: 'förlorar en samhällsviktig funktion',
      hidden: 'dolda (via underleverantörer)',
      residents: 'invånare, var och en räknad en gång',
    },
    population: (population) => `Befolkning som betjänas, summerad över organisationerna: ${population}. `,
    failing: (suppliers, services) => `${suppliers} och ${services} faller bort.`,
    suppliers: (n, count) => `${n} ${count === 1 ? 'leverantör' : 'leverantörer'}`,
    services: (n, count) => `${n} ${count === 1 ? 'tjänst' : 'tjänster'}`,
    consequencesAfter: (duration) => `Konsekvenser efter ${duration}`,
    levels: 'Konsekvensnivåer',
    affectedTitle: (n) => `Drabbade organisationer (${n})`,
    more: (n) => `… och ${n} till i CSV-filen.`,
    failedTitle: (n) => `Leverantörer och tjänster som faller bort (${n})`,
    tier: (n) => `steg ${n}`,
  },
  affected: {
    organisation: 'organisation',
    level: 'nivå',
    critical: 'samhällsviktig',
    hidden: 'dold',
    explanation: 'förklaring',
    yes: 'ja',
    no: 'nej',
    why: 'Varför?',
  },
  why: {
    title: (organisation) => `Varför drabbas ${organisation}?`,
    member: ' faller bort (i scenariot)',
    step: (edge, round) => ` (${edge}), omgång ${round}`,
    edges: {
      providedBy: 'som levereras av den',
      subcontracts: 'som anlitar den som underleverantör',
      uses: 'som använder den',
      contracts: 'som har avtal med den',
      other: 'som är beroende av den',
    },
    alternatives: (n) => (n === 1 ? '; dess alternativ ' : '; dess alternativ '),
    alternativesFailed: ' föll också bort',
    on: (dependency, level) => ` på ${dependency}: ${level}`,
    close: 'Stäng',
  },
  builder: {
    title: 'Bygg ett scenario',
    country: 'Alla leverantörer med säte i',
    parent: 'Alla leverantörer i koncernen',
    jurisdiction: 'Alla leverantörer vars yttersta ägare har säte i',
    serviceCountry: 'Alla tjänster som behandlar data i',
    outsideEea: ' Allt utanför EU/EES faller bort',
    countryChip: (country) => `leverantörer i ${country}`,
    parentChip: (group) => `koncernen ${group}`,
    jurisdictionChip: (country) => `leverantörer vars yttersta ägare har säte i ${country}`,
    serviceCountryChip: (country) => `tjänster som behandlar data i ${country}`,
    remove: (chip) => `ta bort ${chip}`,
  },
  ranking: {
    title: 'Rangordning efter systemrisk',
    hint: (n) =>
      `Var och en av ${n} leverantörer som faller bort ensam, efter antalet drabbade organisationer. Välj en för att se vilka som drabbas.`,
    supplier: 'leverantör',
    organisations: 'organisationer',
    critical: 'samhällsviktig',
    population: 'befolkning',
  },
  charts: {
    title: 'Koncentration',
    drawing: 'Ritar diagrammen…',
  },
  map: {
    label: 'Karta',
    title: 'Konsekvenser på kartan',
    picture: (areas) => `Karta över Sverige: ${areas} färgade efter konsekvensnivå`,
    municipalities: 'kommuner',
    areas: 'områden',
    notAffected: 'inte påverkad',
    possible: 'påverkad bara om ett möjligt beroende är verkligt (streckad)',
    noOrganisation: 'ingen organisation i underlaget',
    area: (area, state) => `${area}: ${state}`,
    affectedOf: (affected, total, count) =>
      count === 1 ? ` (${affected} av 1 organisation påverkad)` : ` (${affected} av ${total} organisationer påverkade)`,
    summary: (affected, total, areas) => `${affected} av ${total} ${areas} påverkade.`,
    choose: 'Välj ett scenario för att färglägga kartan.',
    unjoined: 'Ingen organisation i grafen har en kommunkod eller länskod som finns på kartan, så kartan förblir tom.',
  },
};

export const VIEWER_MESSAGES: Catalogue<ViewerMessages> = { en, sv };
