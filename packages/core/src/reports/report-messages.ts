/**
 * What the concentration report says, in Swedish and English: one catalogue for the document's
 * sections, the key findings, the tables and the charts, the English messages defining its shape
 * so the Swedish ones cannot miss a key. Swedish follows MSB's vocabulary: samhällsviktig
 * verksamhet, koncentration, leverantör, underleverantör, dolda beroenden, systemrisk,
 * marknadskoncentration (HHI), enskilda felpunkter, falsk redundans. Values come in as already
 * formatted text (numbers in the language's way), so the messages only order words. Where a
 * message holds marked-up text (a file name in code, a study in italics), the document passes a
 * slot for it and puts the span there. Service models (SaaS, PaaS, IaaS), names and the study's
 * notes are data and stay as written. O(1) each.
 */
import type { Catalogue } from '../i18n/index.js';
import type { hhiLevel } from '../metrics/index.js';

const en = {
  /** The title of a graph without a name or a title (the data's, so in English). */
  untitled: 'Kedja graph',
  title: (title: string) => `Kedja report: ${title}`,
  heading: (title: string) => `Dependence and concentration: ${title}`,
  intro: {
    lede: (input: string, organisations: string, services: string, suppliers: string, edges: string) =>
      `A Kedja report on ${input}: ${organisations} organisations, ${services} services, ${suppliers} suppliers and ${edges} dependencies.`,
    study: (study: string) => ` Published figures of ${study} are shown beside Kedja's.`,
    charts: (flag: string) => ` The HTML form of this report (${flag}) has the charts.`,
    possible: (n: string) =>
      `The data has ${n} possible dependencies: edges that may exist but nobody has confirmed. The systemic ranking gives both bounds; every other part of this report counts them as required, so its figures are the upper bound.`,
  },
  /** How the three ways of counting a supplier's reach are explained wherever they appear. */
  model:
    "contracted = organisations holding a contract with the supplier (the study's question 15); declared = contracted, or " +
    'using a service it provides directly; effective = organisations affected when it fails alone, subcontractors included.',
  findings: {
    title: 'Key findings',
    organisations: (shown: string, n: number) => `${shown} organisation${n === 1 ? '' : 's'}`,
    overview: (organisations: string, total: string, services: string, suppliers: string) =>
      `${organisations} of ${total} in the data depend on ${services} services from ${suppliers} suppliers.`,
    allNamed: 'all of them named it or use a service it provides directly',
    someHidden: (hidden: string) => `${hidden} of them never named it nor use a service it provides directly`,
    top: (supplier: string, organisations: string, critical: string, hiddenPart: string) =>
      `If ${supplier} fails alone, ${organisations} are affected (${critical} lose a critical function); ${hiddenPart}.`,
    noTop: 'No supplier failing alone affects any organisation.',
    /** A count with bounds, from the lower to the upper; one number when both agree. */
    range: (lower: string, upper: string) => (lower === upper ? lower : `${lower} to ${upper}`),
    hiddenUndeclared: (supplier: string, organisations: string) =>
      `Concentration hides behind subcontractors: no organisation names ${supplier} or uses a service it provides, yet its failure affects ${organisations}.`,
    hiddenDeclared: (supplier: string, declared: string, effective: string) =>
      `Concentration hides behind subcontractors: ${supplier} is declared by ${declared}, but its failure affects ${effective}.`,
    noRoutine: (without: string, answered: string, share: string) =>
      `${without} of the ${answered} organisations that answered survey question 26 (${share}) have no routine to find out whether their suppliers use subcontractors: they cannot discover such hidden dependencies themselves.`,
    mostShared: (service: string, model: string, organisations: string) =>
      `The most widely shared service, ${service} (${model}), is used by ${organisations}.`,
    falseRedundancy: (
      groups: string,
      n: number,
      owner: string,
      members: string,
      cause: string,
      exposed: string,
      exposedCount: number,
    ) =>
      `${groups} declared alternative${n === 1 ? ' is' : 's are'} no real redundancy. ` +
      `For example, ${owner} can use ${members}, but all of them fall with ${cause}; ${exposed} ${exposedCount === 1 ? 'is' : 'are'} exposed.`,
    membersOr: ' or ',
    noFalseRedundancy: 'No declared alternative falls to a single supplier, owner or country.',
    singlePoints: (spof: string, organisations: string, singleProvider: string, services: string) =>
      `${spof} of ${organisations} with dependencies can be taken down by one supplier alone; ${singleProvider} of ${services} ` +
      'services have a single provider and no alternative.',
    market: (model: string, level: string, hhi: string, cr1: string, cr3: string) =>
      `The ${model} market is ${level} (HHI ${hhi} on the 0–10,000 scale; ` +
      `the largest supplier serves ${cr1} of the organisation links, the three largest ${cr3}).`,
    hhiLevels: {
      'highly concentrated': 'highly concentrated',
      'moderately concentrated': 'moderately concentrated',
      unconcentrated: 'unconcentrated',
    } satisfies Record<ReturnType<typeof hhiLevel>, string>,
    eea: (share: string) => `${share} of data processing is inside the EU/EEA`,
    eeaLargest: (country: string, share: string) => `; ${country} has the largest share, ${share}.`,
    ownership: (group: string, suppliers: string, organisations: string) =>
      `Ownership: ${group} owns ${suppliers} suppliers; if the group fails, ${organisations} are affected.`,
    study: (study: string, agree: string, figures: string) =>
      `Beside the study (${study}): ${agree} of ${figures} published figures agree ` +
      '(counts exactly, shares within one percentage point); the notes below explain the rest.',
  },
  sharing: {
    title: 'How widely services and suppliers are shared',
    services: 'Services shared by n organisations',
    noServices: 'No organisation uses any service in the data.',
    suppliers: 'Suppliers shared by n organisations',
    noSuppliers: 'No organisation depends on any supplier in the data.',
    categories: 'Distinct services used per category and organisation type',
    noCategories: 'No service in the data has a category.',
  },
  study: {
    title: 'Beside the study',
    html: (study: string) =>
      `Published figures of ${study} beside what Kedja computes from this graph. Counts agree when they are equal, shares when they are within one percentage point.`,
    markdown: (study: string) =>
      `Published figures of ${study} beside Kedja's; counts agree when equal, shares within one percentage point.`,
    notes: 'Notes on the study',
    notesMarkdown: 'Notes on the study:',
    /** The comparison's tables by id, as study-comparison.ts names them. */
    tables: {
      respondents: 'Respondents (Tabell 1.1)',
      survey: 'Procured cloud services (Fig 6.1; SaaS, PaaS and IaaS as shares of those with cloud, Fig 6.6)',
      'saas-sharing': 'SaaS shared by n organisations (Tabell 6.2)',
      'named-by': 'Organisations that named their SaaS (Tabell 6.2) and their suppliers (Tabell 6.3)',
      platforms: 'PaaS and IaaS (section 6.2)',
      'supplier-sharing': 'Suppliers named by n organisations (Tabell 6.3)',
      categories: 'Distinct SaaS per category (Tabell 6.1)',
      countries: 'Where data is processed (Fig 6.10; EU/EEA, Fig 6.9)',
    },
    /** The comparison's own column groups and row labels (categories, bins and countries are data). */
    labels: {
      all: 'all',
      municipalities: 'municipalities',
      agencies: 'agencies',
      total: 'total',
      'procured cloud service': 'procured cloud service',
      'named SaaS': 'named SaaS',
      'named suppliers': 'named suppliers',
      distinct: 'distinct',
      'shared by at most': 'shared by at most',
      'EU/EEA': 'EU/EEA',
    },
  },
  ranking: {
    title: 'Systemic ranking',
    html: (hidden: string) =>
      `Every supplier failing alone, ranked by the organisations affected. ${hidden} organisations never named the supplier nor use a service it provides directly: they are reached through subcontractors. Residents are counted once (a region covers its county); population is summed over the organisations.`,
    hiddenHtml: 'Hidden',
    markdown: (hidden: string) =>
      `Every supplier failing alone; ${hidden} organisations never named it nor use a service it provides directly.`,
    hiddenMarkdown: 'hidden',
    none: 'No supplier failing alone affects any organisation.',
    bounds:
      'A range ("3–5") runs from the lower bound, with the possible dependencies left out, to the upper bound, with them taken as required. Suppliers are ranked by the lower bound, then the upper, as kedja rank does.',
  },
  hidden: {
    title: 'Where concentration hides',
    amplification: ' Amplification is effective divided by declared.',
    none: 'No supplier has any dependants in the data.',
  },
  markets: {
    title: 'Market concentration',
    html: (k: string) =>
      "Per service model and per category, each supplier's share of the organisations served (a service with several providers counts for each). HHI on the 0–10,000 scale: above 1,800 is highly concentrated, 1,000–1,800 moderately (US merger guidelines, 2023). " +
      `CR${k} is the share of the k largest suppliers.`,
    markdown: 'Shares of organisations served; HHI on the 0–10,000 scale (above 1,800 highly concentrated).',
    none: 'No service is used in the data.',
  },
  geography: {
    title: 'Geography and ownership',
    noCountries: 'No service in the data names a processing country.',
    html: (share: string) =>
      `Shares of service–country pairs: a service processing data in two countries counts in both. Inside the EU/EEA: ${share}.`,
    markdown: (share: string) => `Inside the EU/EEA: ${share} of service–country pairs.`,
    supplierCountries: 'Suppliers by country of the legal entity',
    groups: 'Ownership groups',
    noGroups: 'No supplier in the data names a parent group.',
    groupsExplained:
      "Declared: organisations that contract any of the group's suppliers or use a service they provide. Effective: organisations affected when every supplier of the group fails.",
  },
  singlePoints: {
    title: 'Single points of failure',
    sentence: (organisations: string, total: string, services: string, totalServices: string) =>
      `${organisations} of ${total} organisations with dependencies can be taken down by one supplier alone; ${services} of ${totalServices} services have a single provider and no alternative.`,
  },
  falseRedundancy: {
    title: 'False redundancy',
    html: 'Alternatives that one failure defeats: every member falls with one supplier (a shared subcontractor, or a member the others depend on), with one ownership group, or with one country. An owner or a country is listed only when no single supplier already defeats the group.',
    none: 'No false redundancy found.',
    parent: (group: string) => `every supplier owned by ${group}`,
    country: (country: string) => `every supplier based in ${country}`,
  },
  definitions: {
    title: 'Definitions',
    failure: 'Failure',
    failureText:
      ': a service or supplier fails when a required dependency fails or every member of one of its alternatives groups fails; an organisation is affected by the same rule over its uses and contracts. A dependency is required unless declared as an alternative.',
    sharing: 'Sharing',
    hidden: 'Hidden',
    hiddenText:
      ': an affected organisation that never named the failed supplier and does not use a service it provides directly.',
    singlePoint: 'Single point of failure',
    singlePointText: ': a supplier whose failure alone affects the organisation.',
    geography: 'Geography',
    geographyText: ": shares of service–country pairs; EU/EEA is today's (the UK is outside).",
    centralities: 'Centralities',
    measures: {
      dependents: 'direct dependents',
      subcontractingBetweenness: 'betweenness in the subcontracting network',
      pagerank: 'PageRank on the dependency graph',
    },
  },
  footer: {
    made: (version: string, input: string) => `Generated by Kedja ${version} from ${input}`,
    html: '. Charts drawn with Vega-Lite. This page loads nothing from the network.',
    markdown: '.',
  },
  tables: {
    sharedBy: 'shared by n',
    category: 'category',
    study: 'study',
    kedja: 'Kedja',
    agree: 'agree',
    yes: 'yes',
    no: 'no',
    rank: '#',
    supplier: 'supplier',
    organisations: 'organisations',
    critical: 'critical',
    namedIt: 'named it',
    hidden: 'hidden',
    residents: 'residents',
    population: 'population',
    contracted: 'contracted',
    declared: 'declared',
    effective: 'effective',
    amplification: 'amplification',
    hiddenOnly: 'hidden only',
    market: 'market',
    suppliers: 'suppliers',
    largestSupplier: 'largest supplier',
    model: (model: string) => `${model} (model)`,
    country: 'country',
    share: 'share',
    group: 'group',
    ownershipGroup: 'ownership group',
    organisation: 'organisation',
    type: 'type',
    which: 'which',
    alternativesOf: 'alternatives of',
    alternativesGroup: 'group',
    members: 'members',
    allFallWith: 'all fall with',
    exposed: 'exposed',
    exposedOrganisations: 'exposed organisations',
    more: (names: string, n: string) => `${names} and ${n} more`,
  },
  charts: {
    sharedBy: 'shared by n organisations',
    services: 'services',
    suppliers: 'suppliers',
    model: 'model',
    count: 'count',
    serviceSharing: 'Services shared by n organisations',
    serviceSharingDescription:
      'Each bar counts the services used by exactly n organisations; the far right is where use concentrates.',
    supplierSharing: 'Suppliers shared by n organisations: contracted, declared and effective',
    supplierSharingSpec: 'Suppliers shared by n organisations',
    supplierSharingDescription:
      'Contracted counts contracts, declared adds the users of services a supplier provides directly, effective counts who is affected when it fails alone.',
    named: 'named it or use a service it provides',
    hiddenPart: 'hidden: reached only through subcontractors',
    possiblePart: 'possible: affected only in the upper bound',
    ranking: (n: string) => `Systemic ranking: the ${n} suppliers whose failure alone affects the most organisations`,
    rankingDescription:
      'Each bar is one supplier failing alone; the orange part are organisations that never named it.',
    rankingSpec: 'Organisations affected when one supplier fails alone',
    rankingPossible:
      ' The green part are organisations affected only if the possible dependencies are real (the upper bound).',
    organisationsAffected: 'organisations affected',
    amplification: 'Where concentration hides: declared against effective reach',
    amplificationDescription:
      'Declared: organisations that contract the supplier or use a service it provides. Effective: organisations affected when it fails alone.',
    amplificationSpec: 'Declared and effective reach of suppliers',
    organisations: 'organisations',
    countriesStudy: 'Where data is processed, beside the study (Fig 6.10)',
    countries: 'Where data is processed',
    countriesDescription: 'Share of service–country pairs per processing country.',
    shareOfServices: 'share of services',
    kedja: 'Kedja',
    study: 'study',
  },
  /** A service model's name: SaaS, PaaS and IaaS are the same in both languages. */
  models: { SaaS: 'SaaS', PaaS: 'PaaS', IaaS: 'IaaS', other: 'other' },
  unspecified: 'unspecified',
};

export type ReportMessages = typeof en;

const sv: ReportMessages = {
  untitled: 'Kedja-graf',
  title: (title) => `Kedja-rapport: ${title}`,
  heading: (title) => `Beroenden och koncentration: ${title}`,
  intro: {
    lede: (input, organisations, services, suppliers, edges) =>
      `En rapport från Kedja om ${input}: ${organisations} organisationer, ${services} tjänster, ${suppliers} leverantörer och ${edges} beroenden.`,
    study: (study) => ` Publicerade siffror från ${study} visas bredvid Kedjas.`,
    charts: (flag) => ` Rapportens HTML-form (${flag}) har diagrammen.`,
    possible: (n) =>
      `Underlaget har ${n} möjliga beroenden: kanter som kan finnas men som ingen har bekräftat. Rangordningen efter systemrisk anger båda gränserna; rapportens övriga delar räknar dem som nödvändiga, så deras värden är den övre gränsen.`,
  },
  model:
    'avtalade = organisationer som har avtal med leverantören (studiens fråga 15); angivna = avtalade, eller organisationer ' +
    'som använder en tjänst som den levererar direkt; faktiska = organisationer som drabbas när den faller bort ensam, underleverantörer inräknade.',
  findings: {
    title: 'Viktigaste iakttagelser',
    organisations: (shown, n) => `${shown} ${n === 1 ? 'organisation' : 'organisationer'}`,
    overview: (organisations, total, services, suppliers) =>
      `${organisations} av ${total} i underlaget är beroende av ${services} tjänster från ${suppliers} leverantörer.`,
    allNamed: 'alla har angett leverantören eller använder en tjänst som den levererar direkt',
    someHidden: (hidden) =>
      `${hidden} av dem har aldrig angett leverantören och använder ingen tjänst som den levererar direkt`,
    top: (supplier, organisations, critical, hiddenPart) =>
      `Om ${supplier} faller bort ensam drabbas ${organisations} (${critical} förlorar en samhällsviktig funktion); ${hiddenPart}.`,
    noTop: 'Ingen leverantör drabbar någon organisation när den faller bort ensam.',
    range: (lower, upper) => (lower === upper ? lower : `${lower} till ${upper}`),
    hiddenUndeclared: (supplier, organisations) =>
      `Koncentrationen döljs bakom underleverantörer: ingen organisation anger ${supplier} eller använder en tjänst som den levererar, men när den faller bort drabbas ${organisations}.`,
    hiddenDeclared: (supplier, declared, effective) =>
      `Koncentrationen döljs bakom underleverantörer: ${supplier} anges av ${declared}, men när den faller bort drabbas ${effective}.`,
    noRoutine: (without, answered, share) =>
      `${without} av de ${answered} organisationer som besvarade enkätfråga 26 (${share}) saknar rutin för att ta reda på om deras leverantörer anlitar underleverantörer: de kan inte själva upptäcka sådana dolda beroenden.`,
    mostShared: (service, model, organisations) =>
      `Den mest delade tjänsten, ${service} (${model}), används av ${organisations}.`,
    falseRedundancy: (groups, n, owner, members, cause, exposed, exposedCount) =>
      `${groups} ${n === 1 ? 'angivet alternativ ger' : 'angivna alternativ ger'} ingen verklig redundans. ` +
      `Till exempel kan ${owner} använda ${members}, men alla faller med ${cause}; ${exposed} ${exposedCount === 1 ? 'är utsatt' : 'är utsatta'}.`,
    membersOr: ' eller ',
    noFalseRedundancy: 'Inget angivet alternativ faller med en enda leverantör, ägare eller ett enda land.',
    singlePoints: (spof, organisations, singleProvider, services) =>
      `${spof} av ${organisations} med beroenden kan slås ut av en enda leverantör; ${singleProvider} av ${services} ` +
      'tjänster har en enda leverantör och inget alternativ.',
    market: (model, level, hhi, cr1, cr3) =>
      `Marknaden för ${model} är ${level} (HHI ${hhi} på skalan 0–10\u00a0000; ` +
      `den största leverantören står för ${cr1} av organisationernas kopplingar, de tre största för ${cr3}).`,
    hhiLevels: {
      'highly concentrated': 'mycket koncentrerad',
      'moderately concentrated': 'måttligt koncentrerad',
      unconcentrated: 'inte koncentrerad',
    },
    eea: (share) => `${share} av databehandlingen sker inom EU/EES`,
    eeaLargest: (country, share) => `; ${country} har störst andel, ${share}.`,
    ownership: (group, suppliers, organisations) =>
      `Ägande: ${group} äger ${suppliers} leverantörer; om koncernen faller bort drabbas ${organisations}.`,
    study: (study, agree, figures) =>
      `Jämfört med studien (${study}): ${agree} av ${figures} publicerade siffror stämmer ` +
      '(antal exakt, andelar inom en procentenhet); anteckningarna nedan förklarar resten.',
  },
  sharing: {
    title: 'Hur många som delar tjänster och leverantörer',
    services: 'Tjänster som delas av n organisationer',
    noServices: 'Ingen organisation i underlaget använder någon tjänst.',
    suppliers: 'Leverantörer som delas av n organisationer',
    noSuppliers: 'Ingen organisation i underlaget är beroende av någon leverantör.',
    categories: 'Olika tjänster per kategori och organisationstyp',
    noCategories: 'Ingen tjänst i underlaget har en kategori.',
  },
  study: {
    title: 'Jämfört med studien',
    html: (study) =>
      `Publicerade siffror från ${study} bredvid det som Kedja beräknar ur den här grafen. Antal stämmer när de är lika, andelar när de skiljer sig med högst en procentenhet.`,
    markdown: (study) =>
      `Publicerade siffror från ${study} bredvid Kedjas; antal stämmer när de är lika, andelar inom en procentenhet.`,
    notes: 'Anteckningar om studien',
    notesMarkdown: 'Anteckningar om studien:',
    tables: {
      respondents: 'Svarande (Tabell 1.1)',
      survey: 'Upphandlade molntjänster (Fig 6.1; SaaS, PaaS och IaaS som andelar av dem med molntjänster, Fig 6.6)',
      'saas-sharing': 'SaaS som delas av n organisationer (Tabell 6.2)',
      'named-by': 'Organisationer som angav sina SaaS (Tabell 6.2) och sina leverantörer (Tabell 6.3)',
      platforms: 'PaaS och IaaS (avsnitt 6.2)',
      'supplier-sharing': 'Leverantörer som anges av n organisationer (Tabell 6.3)',
      categories: 'Olika SaaS per kategori (Tabell 6.1)',
      countries: 'Var data behandlas (Fig 6.10; EU/EES, Fig 6.9)',
    },
    labels: {
      all: 'alla',
      municipalities: 'kommuner',
      agencies: 'myndigheter',
      total: 'totalt',
      'procured cloud service': 'upphandlad molntjänst',
      'named SaaS': 'angav SaaS',
      'named suppliers': 'angav leverantörer',
      distinct: 'olika',
      'shared by at most': 'delas av högst',
      'EU/EEA': 'EU/EES',
    },
  },
  ranking: {
    title: 'Rangordning efter systemrisk',
    html: (hidden) =>
      `Varje leverantör som faller bort ensam, rangordnad efter antalet drabbade organisationer. ${hidden} organisationer har aldrig angett leverantören och använder ingen tjänst som den levererar direkt: de nås via underleverantörer. Invånare räknas en gång (en region omfattar sitt län); befolkning summeras över organisationerna.`,
    hiddenHtml: 'Dolda',
    markdown: (hidden) =>
      `Varje leverantör som faller bort ensam; ${hidden} organisationer har aldrig angett den och använder ingen tjänst som den levererar direkt.`,
    hiddenMarkdown: 'dolda',
    none: 'Ingen leverantör drabbar någon organisation när den faller bort ensam.',
    bounds:
      'Ett intervall (”3–5”) går från den nedre gränsen, där de möjliga beroendena utelämnas, till den övre, där de räknas som nödvändiga. Leverantörerna rangordnas efter den nedre gränsen och sedan den övre, som i kedja rank.',
  },
  hidden: {
    title: 'Där koncentrationen döljs',
    amplification: ' Förstärkningen är de faktiska delat med de angivna.',
    none: 'Ingen leverantör har någon som är beroende av den i underlaget.',
  },
  markets: {
    title: 'Marknadskoncentration',
    html: (k) =>
      'Per tjänstemodell och per kategori, varje leverantörs andel av de organisationer som betjänas (en tjänst med flera leverantörer räknas för var och en). HHI på skalan 0–10\u00a0000: över 1\u00a0800 är mycket koncentrerad, 1\u00a0000–1\u00a0800 måttligt koncentrerad (USA:s riktlinjer för företagskoncentrationer, 2023). ' +
      `CR${k} är andelen för de k största leverantörerna.`,
    markdown:
      'Andelar av de organisationer som betjänas; HHI på skalan 0–10\u00a0000 (över 1\u00a0800 mycket koncentrerad).',
    none: 'Ingen tjänst används i underlaget.',
  },
  geography: {
    title: 'Geografi och ägande',
    noCountries: 'Ingen tjänst i underlaget anger ett land där data behandlas.',
    html: (share) =>
      `Andelar av par av tjänst och land: en tjänst som behandlar data i två länder räknas i båda. Inom EU/EES: ${share}.`,
    markdown: (share) => `Inom EU/EES: ${share} av paren av tjänst och land.`,
    supplierCountries: 'Leverantörer efter den juridiska personens land',
    groups: 'Koncerner',
    noGroups: 'Ingen leverantör i underlaget anger en koncern som ägare.',
    groupsExplained:
      'Angivna: organisationer som har avtal med någon av koncernens leverantörer eller använder en tjänst som de levererar. Faktiska: organisationer som drabbas när alla koncernens leverantörer faller bort.',
  },
  singlePoints: {
    title: 'Enskilda felpunkter',
    sentence: (organisations, total, services, totalServices) =>
      `${organisations} av ${total} organisationer med beroenden kan slås ut av en enda leverantör; ${services} av ${totalServices} tjänster har en enda leverantör och inget alternativ.`,
  },
  falseRedundancy: {
    title: 'Falsk redundans',
    html: 'Alternativ som ett enda bortfall slår ut: alla medlemmar faller med en leverantör (en gemensam underleverantör, eller en medlem som de andra är beroende av), med en koncern eller med ett land. En ägare eller ett land anges bara när ingen enskild leverantör redan slår ut gruppen.',
    none: 'Ingen falsk redundans hittades.',
    parent: (group) => `alla leverantörer som ägs av ${group}`,
    country: (country) => `alla leverantörer med säte i ${country}`,
  },
  definitions: {
    title: 'Definitioner',
    failure: 'Bortfall',
    failureText:
      ': en tjänst eller leverantör faller bort när ett nödvändigt beroende faller bort eller när alla medlemmar i en av dess alternativgrupper faller bort; en organisation drabbas enligt samma regel genom de tjänster den använder och de avtal den har. Ett beroende är nödvändigt om det inte är angivet som ett alternativ.',
    sharing: 'Delning',
    hidden: 'Dold',
    hiddenText:
      ': en drabbad organisation som aldrig har angett leverantören som föll bort och inte använder någon tjänst som den levererar direkt.',
    singlePoint: 'Enskild felpunkt',
    singlePointText: ': en leverantör vars bortfall ensamt drabbar organisationen.',
    geography: 'Geografi',
    geographyText: ': andelar av par av tjänst och land; EU/EES avser dagens (Storbritannien står utanför).',
    centralities: 'Centralitet',
    measures: {
      dependents: 'antal direkt beroende',
      subcontractingBetweenness: 'mellanliggande centralitet (betweenness) i underleverantörsnätet',
      pagerank: 'PageRank i beroendegrafen',
    },
  },
  footer: {
    made: (version, input) => `Framtagen med Kedja ${version} från ${input}`,
    html: '. Diagrammen är ritade med Vega-Lite. Sidan hämtar ingenting från nätet.',
    markdown: '.',
  },
  tables: {
    sharedBy: 'delas av n',
    category: 'kategori',
    study: 'studien',
    kedja: 'Kedja',
    agree: 'stämmer',
    yes: 'ja',
    no: 'nej',
    rank: '#',
    supplier: 'leverantör',
    organisations: 'organisationer',
    critical: 'kritiska',
    namedIt: 'angav den',
    hidden: 'dolda',
    residents: 'invånare',
    population: 'befolkning',
    contracted: 'avtalade',
    declared: 'angivna',
    effective: 'faktiska',
    amplification: 'förstärkning',
    hiddenOnly: 'endast dolda',
    market: 'marknad',
    suppliers: 'leverantörer',
    largestSupplier: 'största leverantör',
    model: (model) => `${model} (tjänstemodell)`,
    country: 'land',
    share: 'andel',
    group: 'koncern',
    ownershipGroup: 'koncern',
    organisation: 'organisation',
    type: 'typ',
    which: 'vilka',
    alternativesOf: 'alternativ för',
    alternativesGroup: 'grupp',
    members: 'medlemmar',
    allFallWith: 'alla faller med',
    exposed: 'utsatta',
    exposedOrganisations: 'utsatta organisationer',
    more: (names, n) => `${names} och ${n} till`,
  },
  charts: {
    sharedBy: 'delas av n organisationer',
    services: 'tjänster',
    suppliers: 'leverantörer',
    model: 'tjänstemodell',
    count: 'räknat som',
    serviceSharing: 'Tjänster som delas av n organisationer',
    serviceSharingDescription:
      'Varje stapel räknar de tjänster som används av exakt n organisationer; längst till höger är användningen koncentrerad.',
    supplierSharing: 'Leverantörer som delas av n organisationer: avtalade, angivna och faktiska',
    supplierSharingSpec: 'Leverantörer som delas av n organisationer',
    supplierSharingDescription:
      'Avtalade räknar avtal, angivna lägger till dem som använder tjänster som leverantören levererar direkt, faktiska räknar dem som drabbas när den faller bort ensam.',
    named: 'har angett den eller använder en tjänst som den levererar',
    hiddenPart: 'dolda: nås enbart via underleverantörer',
    possiblePart: 'möjliga: drabbas enbart vid den övre gränsen',
    ranking: (n) =>
      `Rangordning efter systemrisk: de ${n} leverantörer vars bortfall ensamt drabbar flest organisationer`,
    rankingDescription:
      'Varje stapel är en leverantör som faller bort ensam; den orange delen är organisationer som aldrig har angett den.',
    rankingSpec: 'Drabbade organisationer när en leverantör faller bort ensam',
    rankingPossible:
      ' Den gröna delen är organisationer som drabbas enbart om de möjliga beroendena finns (den övre gränsen).',
    organisationsAffected: 'drabbade organisationer',
    amplification: 'Där koncentrationen döljs: angiven mot faktisk räckvidd',
    amplificationDescription:
      'Angivna: organisationer som har avtal med leverantören eller använder en tjänst som den levererar. Faktiska: organisationer som drabbas när den faller bort ensam.',
    amplificationSpec: 'Leverantörernas angivna och faktiska räckvidd',
    organisations: 'organisationer',
    countriesStudy: 'Var data behandlas, bredvid studien (Fig 6.10)',
    countries: 'Var data behandlas',
    countriesDescription: 'Andel av paren av tjänst och land per land där data behandlas.',
    shareOfServices: 'andel av tjänsterna',
    kedja: 'Kedja',
    study: 'studien',
  },
  models: { SaaS: 'SaaS', PaaS: 'PaaS', IaaS: 'IaaS', other: 'övrig' },
  unspecified: 'ej angiven',
};

export const REPORT_MESSAGES: Catalogue<ReportMessages> = { en, sv };
