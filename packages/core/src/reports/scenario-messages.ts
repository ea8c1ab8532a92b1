/**
 * What the scenario report says, in Swedish and English: one catalogue, the English messages
 * defining its shape so the Swedish ones cannot miss a key. Swedish follows MSB's vocabulary:
 * samhällsviktig verksamhet, konsekvens, leverantör, underleverantör, avbrott. Values come in as
 * already formatted text, so the messages only order words. O(1) each.
 */
import type { Catalogue } from '../i18n/index.js';

const en = {
  title: (scenario: string, duration: string) => `Outage of ${scenario}, ${duration}`,
  documentTitle: (title: string) => `Kedja scenario report: ${title}`,
  scenario: {
    supplier: (names: string, n: number) => (n === 1 ? `the supplier ${names}` : `the suppliers ${names}`),
    service: (names: string, n: number) => (n === 1 ? `the service ${names}` : `the services ${names}`),
    country: (country: string) => `every supplier based in ${country}`,
    parent: (group: string) => `every supplier owned by ${group}`,
    serviceCountry: (country: string) => `every service that processes data in ${country}`,
    outsideEea: 'every supplier based outside the EU/EEA',
    jurisdiction: (country: string) => `every supplier whose ultimate owner is based in ${country}`,
    outsideEeaJurisdiction: 'every supplier whose ultimate owner is based outside the EU/EEA',
    nothing: 'nothing',
  },
  lede: (scenario: string, duration: string) =>
    `What happens if ${scenario} is unavailable for ${duration}: who loses what, how it grows with time, and what would have helped.`,
  made: (input: string, date: string, version: string) => `Made by Kedja ${version} from ${input} on ${date}.`,
  noMembers: 'The scenario selects no supplier or service in this graph, so nothing fails.',
  /** A figure with bounds: one number when both agree. */
  range: (lower: string, upper: string) => (lower === upper ? lower : `${lower} to ${upper}`),
  /** A count in a table with bounds. */
  rangeShort: (lower: string, upper: string) => (lower === upper ? lower : `${lower}–${upper}`),
  bounds: (n: string) =>
    `The graph has ${n} possible dependencies: edges that may exist but nobody has confirmed. Each figure runs from the lower bound, with them left out, to the upper bound, with them taken as required; the truth lies between.`,
  headline: {
    title: 'The scenario in figures',
    sentence: (duration: string, organisations: string, critical: string, residents: string) =>
      `After ${duration}, ${organisations} organisations are affected; ${critical} of them lose a critical function. They serve ${residents} residents, each counted once.`,
    none: 'No organisation is affected.',
    figure: 'figure',
    value: 'value',
    organisations: 'Organisations affected',
    critical: 'of which lose a critical function',
    hidden: 'of which reached only through subcontractors (hidden dependencies)',
    residents: 'Residents served, each counted once',
    population: 'Population summed over the affected organisations',
    failedSuppliers: 'Suppliers that fail',
    failedServices: 'Services that fail',
    atLevel: (level: string) => `at consequence level ${level}`,
  },
  timeline: {
    title: 'Consequences over time',
    intro:
      'How many affected organisations reach each consequence level as the outage goes on. A level is the worst among the functions an organisation loses, judged by the consequence rules below.',
    length: 'Outage length',
    atCritical: 'At critical or worse',
    residents: 'Their residents',
    chartTitle: 'Affected organisations by consequence level and outage length',
    chartDescription: 'Each bar is one outage length; its parts count the organisations at each level.',
    chosen: (duration: string) => `${duration} (this report)`,
    bounds:
      'A range runs from the lower bound to the upper. In the chart, the left bar of each length is the lower bound and the right bar the upper.',
    lower: 'lower bound',
    upper: 'upper bound',
    bound: 'Bound',
  },
  map: {
    title: 'On the map',
    intro:
      "Each municipality shows the worst level among the organisations that serve its residents after the outage: the municipality itself and its county's region. Counties are outlined.",
    none: 'No organisation in this graph has a municipal or county code, so there is no map.',
    caption: (duration: string) => `Consequences by municipality after ${duration}.`,
    upper: 'The map shows the upper bound: possible dependencies taken as required.',
  },
  affected: {
    title: 'Who loses what',
    intro: (duration: string) =>
      `Every affected organisation after ${duration}, worst level first, then by population served. "Loses" names the functions that stop and the service or supplier they run on; "chain" is one shortest chain of failures from the scenario to the organisation.`,
    none: 'No organisation is affected.',
    level: 'Level',
    organisation: 'Organisation',
    type: 'Type',
    population: 'Population',
    loses: 'Loses',
    chain: 'Chain',
    on: (fn: string, dependency: string) => `${fn} (on ${dependency})`,
    contract: (supplier: string) => `the contract with ${supplier}`,
    hiddenMark: 'hidden',
    possibleMark: 'possible',
    bounds:
      'The table lists everyone affected in the upper bound, with the level they reach there; those marked "possible" are reached only through possible dependencies and are not affected in the lower bound.',
  },
  hidden: {
    title: 'Hidden dependencies',
    intro: (n: string) =>
      `${n} of the affected organisations never named any supplier or service of the scenario: they are reached only through subcontractors. Their contracts say nothing about these dependencies.`,
    none: 'Every affected organisation named a supplier or service of the scenario: no dependency here is hidden.',
    item: (organisation: string, chain: string) => `${organisation}: ${chain}`,
    noRoutine: (n: string, hidden: string) =>
      `${n} of these ${hidden} organisations have no routine to find out whether their suppliers use subcontractors (survey question 26): they have no way to discover these dependencies themselves.`,
    noRoutineMark: 'no routine to find subcontractors',
    bounds:
      'The list follows the upper bound; "possible" marks an organisation reached only through possible dependencies.',
  },
  advice: {
    title: 'What would have helped',
    intro: (considered: string) =>
      `Of the ${considered} changes that cut the systemic risk of the whole graph most (kedja advise), these spare the most organisations affected here, each judged with the scenario's suppliers failing one at a time.`,
    none: (considered: string) =>
      `None of the ${considered} changes that cut the systemic risk of the whole graph most (kedja advise) would spare an organisation affected by this scenario.`,
    alternative: (service: string) => `Give ${service} an independent alternative supplier.`,
    fallback: (organisation: string, fn: string) => `Give ${organisation} a fallback routine for ${fn}.`,
    move: (supplier: string, subcontractor: string) =>
      `Let ${supplier} stop relying on the subcontractor ${subcontractor}.`,
    spares: (n: string, names: string) => `Spares ${n} of the organisations affected here: ${names}.`,
  },
  about: {
    title: 'About this report',
    rules: (rules: string) => `Consequence levels follow the rules "${rules}".`,
    residents:
      'Residents are counted once: a region covers the residents of its county and a municipality its own; national agencies are counted as organisations, not residents. Population is the sum over the affected organisations and counts a person once for each organisation serving them.',
    critical:
      'A critical function is a dependency the organisation marked as critical for its essential services (samhällsviktig verksamhet). The consequence level critical is another thing: how bad the outage is after a given time.',
    levels: 'Consequence levels: none, minor, noticeable, critical, crisis, after the study MSB1196 (2018), table 6.4.',
  },
  chainArrow: ' → ',
  unknown: '–',
};

export type ScenarioMessages = typeof en;

const sv: ScenarioMessages = {
  title: (scenario, duration) => `Avbrott hos ${scenario}, ${duration}`,
  documentTitle: (title) => `Scenariorapport från Kedja: ${title}`,
  scenario: {
    supplier: (names, n) => (n === 1 ? `leverantören ${names}` : `leverantörerna ${names}`),
    service: (names, n) => (n === 1 ? `tjänsten ${names}` : `tjänsterna ${names}`),
    country: (country) => `alla leverantörer med säte i ${country}`,
    parent: (group) => `alla leverantörer som ägs av ${group}`,
    serviceCountry: (country) => `alla tjänster som behandlar data i ${country}`,
    outsideEea: 'alla leverantörer med säte utanför EU/EES',
    jurisdiction: (country) => `alla leverantörer vars yttersta ägare har säte i ${country}`,
    outsideEeaJurisdiction: 'alla leverantörer vars yttersta ägare har säte utanför EU/EES',
    nothing: 'ingenting',
  },
  lede: (scenario, duration) =>
    `Vad som händer om ${scenario} inte är tillgänglig under ${duration}: vem som förlorar vad, hur konsekvenserna växer med tiden och vad som hade hjälpt.`,
  made: (input, date, version) => `Framtagen med Kedja ${version} från ${input} den ${date}.`,
  noMembers: 'Scenariot väljer ingen leverantör eller tjänst i den här grafen, så ingenting faller bort.',
  range: (lower, upper) => (lower === upper ? lower : `${lower} till ${upper}`),
  rangeShort: (lower, upper) => (lower === upper ? lower : `${lower}–${upper}`),
  bounds: (n) =>
    `Grafen har ${n} möjliga beroenden: kanter som kan finnas men som ingen har bekräftat. Varje värde går från den nedre gränsen, där de utelämnas, till den övre, där de räknas som nödvändiga; verkligheten ligger däremellan.`,
  headline: {
    title: 'Scenariot i siffror',
    sentence: (duration, organisations, critical, residents) =>
      `Efter ${duration} är ${organisations} organisationer drabbade; ${critical} av dem förlorar en samhällsviktig funktion. De betjänar ${residents} invånare, var och en räknad en gång.`,
    none: 'Ingen organisation drabbas.',
    figure: 'mått',
    value: 'värde',
    organisations: 'Drabbade organisationer',
    critical: 'varav förlorar en samhällsviktig funktion',
    hidden: 'varav nås enbart via underleverantörer (dolda beroenden)',
    residents: 'Invånare som berörs, var och en räknad en gång',
    population: 'Befolkning summerad över de drabbade organisationerna',
    failedSuppliers: 'Leverantörer som faller bort',
    failedServices: 'Tjänster som faller bort',
    atLevel: (level) => `på konsekvensnivån ${level}`,
  },
  timeline: {
    title: 'Konsekvenser över tid',
    intro:
      'Hur många drabbade organisationer som når varje konsekvensnivå när avbrottet pågår. En organisations nivå är den värsta bland de funktioner den förlorar, bedömd enligt konsekvensreglerna nedan.',
    length: 'Avbrottets längd',
    atCritical: 'På kritisk nivå eller värre',
    residents: 'Deras invånare',
    chartTitle: 'Drabbade organisationer per konsekvensnivå och avbrottslängd',
    chartDescription: 'Varje stapel är en avbrottslängd; delarna räknar organisationerna på varje nivå.',
    chosen: (duration) => `${duration} (denna rapport)`,
    bounds:
      'Ett intervall går från den nedre gränsen till den övre. I diagrammet är den vänstra stapeln för varje längd den nedre gränsen och den högra den övre.',
    lower: 'nedre gräns',
    upper: 'övre gräns',
    bound: 'Gräns',
  },
  map: {
    title: 'På kartan',
    intro:
      'Varje kommun visar den värsta nivån bland de organisationer som betjänar dess invånare efter avbrottet: kommunen själv och länets region. Länen är markerade med konturer.',
    none: 'Ingen organisation i grafen har kommun- eller länskod, så ingen karta kan ritas.',
    caption: (duration) => `Konsekvenser per kommun efter ${duration}.`,
    upper: 'Kartan visar den övre gränsen: möjliga beroenden räknas som nödvändiga.',
  },
  affected: {
    title: 'Vem förlorar vad',
    intro: (duration) =>
      `Alla drabbade organisationer efter ${duration}, den värsta nivån först och sedan efter befolkning. ”Förlorar” anger de funktioner som upphör och den tjänst eller leverantör de körs på; ”kedja” är en kortaste kedja av avbrott från scenariot till organisationen.`,
    none: 'Ingen organisation drabbas.',
    level: 'Nivå',
    organisation: 'Organisation',
    type: 'Typ',
    population: 'Befolkning',
    loses: 'Förlorar',
    chain: 'Kedja',
    on: (fn, dependency) => `${fn} (på ${dependency})`,
    contract: (supplier) => `avtalet med ${supplier}`,
    hiddenMark: 'dolt',
    possibleMark: 'möjligt',
    bounds:
      'Tabellen tar upp alla som drabbas vid den övre gränsen, med den nivå de når där; de som är märkta ”möjligt” nås enbart via möjliga beroenden och drabbas inte vid den nedre gränsen.',
  },
  hidden: {
    title: 'Dolda beroenden',
    intro: (n) =>
      `${n} av de drabbade organisationerna har aldrig angett någon leverantör eller tjänst i scenariot: de nås enbart via underleverantörer. Deras avtal säger ingenting om dessa beroenden.`,
    none: 'Alla drabbade organisationer har angett en leverantör eller tjänst i scenariot: inget beroende här är dolt.',
    item: (organisation, chain) => `${organisation}: ${chain}`,
    noRoutine: (n, hidden) =>
      `${n} av dessa ${hidden} organisationer saknar rutin för att ta reda på om deras leverantörer anlitar underleverantörer (enkätfråga 26): de har inget sätt att själva upptäcka dessa beroenden.`,
    noRoutineMark: 'saknar rutin för underleverantörer',
    bounds: 'Listan följer den övre gränsen; ”möjligt” markerar en organisation som nås enbart via möjliga beroenden.',
  },
  advice: {
    title: 'Vad som hade hjälpt',
    intro: (considered) =>
      `Av de ${considered} förändringar som minskar hela grafens systemrisk mest (kedja advise) är det dessa som skonar flest av organisationerna som drabbas här, bedömt med scenariots leverantörer bortfallna en i taget.`,
    none: (considered) =>
      `Ingen av de ${considered} förändringar som minskar hela grafens systemrisk mest (kedja advise) skulle skona någon organisation som drabbas i detta scenario.`,
    alternative: (service) => `Ge ${service} en oberoende alternativ leverantör.`,
    fallback: (organisation, fn) => `Ge ${organisation} en reservrutin för ${fn}.`,
    move: (supplier, subcontractor) => `Låt ${supplier} sluta förlita sig på underleverantören ${subcontractor}.`,
    spares: (n, names) => `Skonar ${n} av organisationerna som drabbas här: ${names}.`,
  },
  about: {
    title: 'Om rapporten',
    rules: (rules) => `Konsekvensnivåerna följer reglerna ”${rules}”.`,
    residents:
      'Invånare räknas en gång: en region omfattar invånarna i sitt län och en kommun sina egna; statliga myndigheter räknas som organisationer, inte som invånare. Befolkning är summan över de drabbade organisationerna och räknar en person en gång för varje organisation som betjänar hen.',
    critical:
      'En samhällsviktig funktion är ett beroende som organisationen har markerat som kritiskt för sin samhällsviktiga verksamhet. Konsekvensnivån kritisk är något annat: hur illa avbrottet blir efter en viss tid.',
    levels: 'Konsekvensnivåer: ingen, begränsad, kännbar, kritisk, kris, efter studien MSB1196 (2018), tabell 6.4.',
  },
  chainArrow: ' → ',
  unknown: '–',
};

export const SCENARIO_MESSAGES: Catalogue<ScenarioMessages> = { en, sv };
