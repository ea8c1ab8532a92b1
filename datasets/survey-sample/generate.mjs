// Generates answers.csv and ground-truth.csv of the survey sample, byte for byte the same on every
// run (seeded). The spellings below, each with the id a careful reader would give it, were written
// first, by hand, before the matcher was run on them; the ground truth is exactly this table,
// restricted to the spellings the draw used. `new` = not in the catalogue (must stay a new node),
// `ambiguous` = fits several catalogue entries and cannot be decided from the text, `none` = names
// nothing. Respondents are fictional. Run: node datasets/survey-sample/generate.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

// mulberry32: a small seeded generator, so that the files are reproducible.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(2018);
const pick = (items) => items[Math.floor(rand() * items.length)];
const weighted = (entries) => {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [item, w] of entries) if ((r -= w) < 0) return item;
  return entries[entries.length - 1][0];
};

// [truth, weight of the thing being named, spellings (the first ones are the commonest)]
const SAAS = [
  [
    'svc-m365',
    40,
    [
      'Office 365',
      'O365',
      'Microsoft Office 365',
      'office365',
      'Office 356',
      'Microsoft 365',
      'M365',
      'Ofice 365',
      'MS Office 365',
      'Office 365 (Microsoft)',
      'Office',
    ],
  ],
  ['svc-teams', 14, ['Teams', 'MS Teams', 'Microsoft Teams', 'teams', 'Micrsoft Teams', 'MS-Teams']],
  ['svc-exchange', 6, ['Exchange Online', 'Exchange online', 'Microsoft Exchange Online', 'Exchange Onlin']],
  [
    'svc-sharepoint',
    6,
    ['SharePoint Online', 'Sharepoint online', 'Share Point Online', 'Microsoft SharePoint Online'],
  ],
  [
    'svc-google-workspace',
    18,
    [
      'G Suite',
      'Google Apps for Education',
      'GAFE',
      'Google Workspace',
      'G-suite',
      'Google Workspace for education',
      'Gsuite for Education',
      'Google Apps for Edu',
    ],
  ],
  ['svc-dropbox', 5, ['Dropbox', 'DropBox Business', 'dropbox business']],
  ['svc-zoom', 5, ['Zoom', 'zoom', 'ZOOM']],
  ['svc-skolportalen', 9, ['Skolportalen', 'skolportalen', 'Skolportal', 'Skolportalen (Edusoft)']],
  ['svc-edusoft-schema', 4, ['Edusoft Schema', 'EduSoft schema', 'Schema Edusoft', 'Edusoft schemaläggning']],
  ['svc-edusoft-franvaro', 3, ['Edusoft Frånvaro', 'Edusoft franvaro', 'Edusoft Frånvarorapportering']],
  ['ambiguous', 3, ['Edusoft']],
  ['svc-skolwebben', 6, ['Skolwebben', 'Skolwebb', 'SkolWebben', 'Skolwebb AB']],
  [
    'svc-omsorgsjournalen',
    7,
    ['Omsorgsjournalen', 'Omsorgsjournal', 'omsorgsjournalen', 'Omsorgsjournalen (Omsorgsdata Nord)'],
  ],
  ['svc-omsorgsplaneraren', 5, ['Omsorgsplaneraren', 'Omsorgsplanerare', 'Omsorgs-planeraren']],
  ['svc-lonia-lon', 7, ['Lönia Lön', 'Lonia lön', 'Lönia lön', 'Lönia Lönehantering']],
  ['svc-lonia-personal', 3, ['Lönia Personal', 'Lönia personal', 'Lönia HR']],
  ['ambiguous', 3, ['Lönia']],
  ['svc-kassaboken', 4, ['Kassaboken Ekonomi', 'Kassaboken', 'Kassaboken ekonomi']],
  ['svc-boklada', 4, ['Boklådan', 'Bokladan', 'Boklådan bibliotekssystem']],
  ['svc-rekrytering', 4, ['Rekryteringsportalen', 'Rekryteringsportal', 'Rekrytera Rätt']],
  ['svc-enkat', 3, ['Enkätfabriken Online', 'Enkätfabriken', 'Enkatfabriken']],
  ['svc-webb-cms', 4, ['Webbkontoret CMS', 'Webbkontoret cms', 'WebbKontoret CMS']],
  ['svc-webb-analys', 2, ['Webbkontoret Analys', 'Webbkontoret analys']],
  ['ambiguous', 2, ['Webbkontoret']],
  ['svc-arendeportalen', 5, ['Ärendeportalen', 'Arendeportalen', 'Ärendeportal']],
  ['svc-arendeportalen-plus', 3, ['Ärendeportalen Plus', 'Ärendeportalen plus', 'Ärendeportalen+']],
  ['svc-styrkortet', 3, ['Styrkortet', 'Styrkort', 'Planera Mera Styrkortet']],
  ['new', 4, ['Lärloggen', 'lärloggen', 'Larloggen']],
  ['new', 2, ['Mötesbokaren']],
  ['new', 2, ['Kartverktyget Geo']],
  ['new', 1, ['Fakturaportalen']],
  ['none', 3, ['vet ej', '-', 'Se ovan']],
];
const PAAS = [
  ['svc-integration', 10, ['Integrationsplattformen', 'Integrationsplattform', 'Integrera', 'integrationsplattformen']],
  ['svc-etjanst', 5, ['E-tjänsteplattformen', 'E-tjänsteplattform', 'Etjänsteplattformen', 'e-tjänsteplattformen']],
  ['svc-azure-app', 2, ['Azure App Service', 'Azure App Services', 'Azure Web Apps']],
  ['ambiguous', 2, ['Azure']],
  ['new', 1, ['Heroku']],
  ['none', 1, ['inga']],
];
const IAAS = [
  ['svc-azure', 4, ['Azure', 'Microsoft Azure', 'MS Azure', 'Azure IaaS']],
  ['svc-aws', 3, ['AWS', 'Amazon Web Services', 'Amazon', 'Amazon EC2']],
  ['svc-gcp', 2, ['Google Cloud', 'GCP', 'Google Cloud Platform']],
  ['svc-molnhallen', 2, ['Molnhallen', 'Molnhallen Infrastruktur', 'Molnhallens infrastruktur']],
  ['new', 1, ['Egen hallhyra Norrdata']],
];
const SUPPLIERS = [
  [
    'sup-microsoft',
    28,
    [
      'Microsoft',
      'Microsoft AB',
      'Microsoft Sverige AB',
      'MS',
      'Micrsoft',
      'microsoft',
      'Microsoft Ireland Operations Ltd',
      'Microsoft Corp.',
    ],
  ],
  ['sup-google', 12, ['Google', 'Google Inc', 'Google Ireland Ltd', 'google']],
  ['sup-amazon', 3, ['Amazon Web Services', 'AWS', 'Amazon']],
  ['sup-dropbox', 2, ['Dropbox', 'Dropbox Inc']],
  ['sup-zoom', 2, ['Zoom', 'Zoom Video Communications']],
  ['sup-edusoft', 8, ['Edusoft', 'Edusoft Norden AB', 'EduSoft Norden', 'Edusoft Nordic', 'Edusoft AB']],
  ['sup-skolwebb', 4, ['Skolwebb AB', 'Skolwebb', 'Skolwebben']],
  ['sup-omsorg-nord', 5, ['Omsorgsdata Nord AB', 'Omsorgsdata Nord', 'Omsorgsdata Norr']],
  ['sup-omsorg-syd', 4, ['Omsorgsdata Syd AB', 'Omsorgsdata syd', 'OmsorgsData Syd']],
  ['ambiguous', 3, ['Omsorgsdata', 'OD']],
  ['sup-lonia', 5, ['Lönia', 'Lönia Lönesystem AB', 'Lonia', 'Lönia Lönesystem']],
  ['sup-kassaboken', 3, ['Kassaboken AB', 'Kassaboken']],
  ['sup-boklada', 2, ['Boklådan Bibliotekssystem AB', 'Boklådan']],
  ['sup-rekrytera', 2, ['Rekrytera Rätt AB', 'Rekrytera Ratt']],
  ['sup-enkat', 2, ['Enkätfabriken AB', 'Enkätfabriken']],
  ['sup-webbkontoret', 3, ['Webbkontoret Norr AB', 'Webbkontoret']],
  ['sup-arendehuset', 3, ['Ärendehuset AB', 'Arendehuset', 'Ärendehuset']],
  ['sup-planera', 2, ['Planera Mera AB', 'Planera mera']],
  ['sup-integrera', 4, ['Integrera AB', 'Integrera']],
  ['sup-etjanst', 3, ['Etjänst Norr AB', 'E-tjänst Norr', 'Etjanst Norr']],
  ['sup-molnhallen', 2, ['Molnhallen Sverige AB', 'Molnhallen']],
  ['sup-atea', 6, ['Atea', 'Atea Sverige AB', 'ATEA']],
  ['sup-tieto', 6, ['Tieto', 'Tieto Sverige AB', 'TietoEVRY', 'Tieto Oyj']],
  ['sup-cgi', 4, ['CGI', 'CGI Sverige AB']],
  ['new', 3, ['Norrdata AB', 'Norrdata']],
  ['new', 2, ['IT-Kooperativet i Mellansverige']],
  ['new', 1, ['Konsultbolaget Väst AB']],
  ['none', 2, ['vet ej', 'Se ovan', '-']],
];

const PREFIXES = [
  'Björk',
  'Ek',
  'Lind',
  'Sjö',
  'Berg',
  'Dal',
  'Äng',
  'Hag',
  'Sand',
  'Strand',
  'Norr',
  'Söder',
  'Öster',
  'Väster',
  'Fjäll',
  'Skog',
  'Gran',
  'Tall',
  'Ljung',
  'Ros',
  'Mal',
  'Ör',
  'Al',
  'Hassel',
  'Vide',
];
const SUFFIXES = ['by', 'köping', 'hamn', 'vik', 'ås', 'torp', 'sta', 'näs', 'fors', 'holm'];
const AGENCY_TOPICS = [
  'vägdata',
  'skogsfrågor',
  'fiskevård',
  'arkivfrågor',
  'byggregler',
  'kartdata',
  'vattenfrågor',
  'tillståndsprövning',
  'folkbildning',
  'mätteknik',
  'fjällfrågor',
  'kulturmiljö',
  'djurhälsa',
  'statistisk analys',
  'strålsäkerhetsfrågor',
  'havsplanering',
  'språkvård',
  'hamnsäkerhet',
  'naturvårdsdata',
  'livsmedelsdata',
  'konsumentfrågor',
  'patentärenden',
  'geodata',
  'sjöräddning',
  'utbildningsdata',
  'stipendier',
  'museifrågor',
  'trafikdata',
  'energidata',
  'allmänna val',
  'tullfrågor',
  'bostadsdata',
  'jordbruksstöd',
  'migrationsdata',
  'rättsdata',
  'forskningsdata',
  'pensionsfrågor',
  'lantmäteridata',
  'skolutveckling',
  'kustbevakning',
  'veterinärfrågor',
  'vattenkraft',
  'luftkvalitet',
  'ungdomsfrågor',
  'turistfrågor',
  'idrottsfrågor',
  'läkemedelsdata',
  'sjöfartsdata',
  'handelsfrågor',
  'rymdfrågor',
];
const REGIONS = [
  'Region Norrdal',
  'Region Västsand',
  'Region Österfjäll',
  'Region Mellanås',
  'Region Söderhav',
  'Region Skogsbygd',
  'Region Kustland',
  'Region Inlandet',
];
const COUNTRY_ANSWERS = [
  'Sverige',
  'Sverige, Irland',
  'SE/IE',
  'Sverige och Irland',
  'Irland, Nederländerna',
  'EU',
  'inom EU/EES',
  'Sverige, USA',
  'Sverige',
  'Sverige',
  'Irland',
  'Nederländerna',
  'Sverige och Norge',
  'Sverige, Tyskland',
  'Finland',
  'UK',
  'USA',
];
const SEPARATORS = [', ', ', ', '; ', ' / ', ' och ', '\n', ',', ' and '];
const YES = ['Ja', 'ja', 'Yes', 'JA', 'true'];
const NO = ['Nej', 'nej', 'No', 'false'];

function drawNames(table, count, used) {
  const names = [];
  const things = new Set();
  for (let tries = 0; names.length < count && tries < 50; tries++) {
    const [truth, , spellings] = weighted(table.map((entry) => [entry, entry[1]]));
    const key = truth === 'new' || truth === 'ambiguous' || truth === 'none' ? spellings[0] : truth;
    if (things.has(key)) continue;
    things.add(key);
    // The first spelling is the commonest: half the answers use it.
    const raw = rand() < 0.5 ? spellings[0] : pick(spellings);
    names.push(raw);
    used.push([raw, truth]);
  }
  return names;
}
const joinNames = (names) => names.reduce((cell, name, i) => (i === 0 ? name : cell + pick(SEPARATORS) + name), '');
const yesNo = (p, dontKnow = 0) => (rand() < dontKnow ? 'vet ej' : rand() < p ? pick(YES) : pick(NO));

const header = [
  'organisation_id',
  'organisation_name',
  'organisation_type',
  'q1_cloud',
  'q7_saas',
  'q7_1_saas_names',
  'q8_paas',
  'q8_1_paas_names',
  'q9_iaas',
  'q9_1_iaas_names',
  'q15_supplier_names',
  'q23_1_countries',
  'q26_subcontractor_routine',
  'q31_shared_supplier_risk',
  'q33_1_incident_kinds',
  'q2_private_accounts',
];
const rows = [];
const truth = { q7_1: [], q8_1: [], q9_1: [], q15: [] };

const places = [];
for (const p of PREFIXES) for (const s of SUFFIXES) places.push(`${p}${s}`);
const respondents = [];
// The catalogue knows two organisations: one answers with the catalogue's id, one with its name only.
respondents.push(['9901', 'Björkby kommun', 'kommun']);
respondents.push(['KD-01', 'Myndigheten för Kulturdata', 'myndighet']);
const usedPlaces = new Set(['Björkby']);
while (respondents.length < 72) {
  const place = pick(places);
  if (usedPlaces.has(place)) continue;
  usedPlaces.add(place);
  respondents.push([
    `99${String(respondents.length + 10).padStart(2, '0')}`,
    `${place} kommun`,
    pick(['kommun', 'municipality', 'Kommun']),
  ]);
}
for (const [i, topic] of AGENCY_TOPICS.entries())
  respondents.push([
    `myn-${String(i + 1).padStart(3, '0')}`,
    `Myndigheten för ${topic}`,
    pick(['myndighet', 'agency']),
  ]);
for (const [i, region] of REGIONS.entries()) respondents.push([`reg-${i + 1}`, region, 'region']);

for (const [id, name, type] of respondents) {
  const municipality = type.toLowerCase() !== 'myndighet' && type !== 'agency' && type !== 'region';
  const cloud = rand() < (municipality ? 0.88 : 0.63);
  const saas = cloud && rand() < (municipality ? 0.89 : 0.7);
  const paas = cloud && rand() < 0.35;
  const iaas = cloud && rand() < 0.12;
  const named = (table, yes, max) => (yes && rand() < 0.85 ? drawNames(table, 1 + Math.floor(rand() * max), []) : []);
  const saasNames = named(SAAS, saas, 5);
  const paasNames = named(PAAS, paas, 2);
  const iaasNames = named(IAAS, iaas, 1);
  const supplierNames = cloud && rand() < 0.6 ? drawNames(SUPPLIERS, 1 + Math.floor(rand() * 4), []) : [];
  // Record the truth of the spellings this row uses (the draw above recorded nothing yet).
  const record = (question, table, names) => {
    for (const raw of names) {
      const entry = table.find(([, , spellings]) => spellings.includes(raw));
      truth[question].push([raw, entry[0]]);
    }
  };
  record('q7_1', SAAS, saasNames);
  record('q8_1', PAAS, paasNames);
  record('q9_1', IAAS, iaasNames);
  record('q15', SUPPLIERS, supplierNames);
  rows.push([
    id,
    name,
    type,
    cloud ? pick(YES) : pick(NO),
    cloud ? yesNo(saas ? 1 : 0, 0.03) : '',
    joinNames(saasNames),
    cloud ? yesNo(paas ? 1 : 0, 0.05) : '',
    joinNames(paasNames),
    cloud ? yesNo(iaas ? 1 : 0, 0.05) : '',
    joinNames(iaasNames),
    joinNames(supplierNames),
    cloud && rand() < 0.7 ? pick(COUNTRY_ANSWERS) : '',
    cloud ? yesNo(0.3, 0.05) : '',
    cloud ? pick(['högre risk', 'lägre risk', 'varken högre eller lägre', 'vet ej', 'Högre', '']) : '',
    rand() < 0.16
      ? pick(['avbrott', 'Avbrott', 'avbrott, dataförlust', 'obehörig åtkomst', 'avbrott och korrupt data'])
      : '',
    pick(['Ja', 'Nej', 'Vet ej']),
  ]);
}
// Rows a real export has: one without an id, one answered twice, one with an answer that is not yes/no.
rows.push(['', 'Okänd respondent', 'kommun', 'Ja', 'Ja', 'Office 365', '', '', '', '', '', '', '', '', '', '']);
rows.push([...rows[5].slice(0, 5), 'Teams', '', '', '', '', '', '', '', '', '', '']);
rows[7][12] = 'kanske';

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (table) => table.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
writeFileSync(`${HERE}answers.csv`, csv([header, ...rows]));

const truthRows = [['question', 'raw', 'id']];
for (const [question, pairs] of Object.entries(truth)) {
  const seen = new Map();
  for (const [raw, id] of pairs) seen.set(raw, id);
  for (const [raw, id] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) truthRows.push([question, raw, id]);
}
writeFileSync(`${HERE}ground-truth.csv`, csv(truthRows));
console.log(`${rows.length} rows, ${truthRows.length - 1} distinct spellings`);
